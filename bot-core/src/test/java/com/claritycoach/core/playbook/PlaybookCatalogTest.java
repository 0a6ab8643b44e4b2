package com.claritycoach.core.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybookCatalogTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static final String VALID = """
            id: retro
            title: Retro
            prompts:
              - id: served
                kind: customer
                text: Who did we serve?
                why: To stay close.
                example: The ward nurse.
            """;

    @Test
    void builtInDiscoveryAsksTheWholeCustomerFocusSeries() {
        Playbook discovery = PlaybookCatalog.builtIn().find("discovery").orElseThrow();

        assertThat(discovery.prompts()).extracting(Prompt::kind).containsExactly(PromptKind.OUTCOME,
                PromptKind.CUSTOMER, PromptKind.NOT_CUSTOMER, PromptKind.RELIES_ON_ME, PromptKind.INPUT_FOR,
                PromptKind.LISTENING, PromptKind.CUSTOMERS_CUSTOMER, PromptKind.ENABLERS, PromptKind.NON_ENABLERS,
                PromptKind.MEASURE);
    }

    @Test
    void builtInWeeklyIsShortAndStillNamesTheCustomer() {
        Playbook weekly = PlaybookCatalog.builtIn().find("weekly").orElseThrow();

        assertThat(weekly.size()).isBetween(3, 5);
        assertThat(weekly.prompts()).extracting(Prompt::kind).contains(PromptKind.CUSTOMER, PromptKind.ENABLERS,
                PromptKind.NON_ENABLERS);
    }

    @Test
    void everyBuiltInPromptSaysWhyAndGivesAnExampleShortEnoughForAPhone() {
        for (Playbook playbook : PlaybookCatalog.builtIn().all()) {
            for (Prompt prompt : playbook.prompts()) {
                assertThat(prompt.why()).as(prompt.id()).isNotBlank().hasSizeLessThanOrEqualTo(250);
                assertThat(prompt.example()).as(prompt.id()).isNotBlank();
                assertThat(prompt.text()).as(prompt.id()).hasSizeLessThanOrEqualTo(200);
            }
        }
    }

    @Test
    void discoveryIsTheDefault() {
        assertThat(PlaybookCatalog.builtIn().defaultPlaybook().id()).isEqualTo("discovery");
    }

    @Test
    void extraPlaybooksLoadFromYamlAndJson() throws IOException {
        write("retro.yaml", VALID);
        write("quick.json", """
                {"id": "quick", "title": "Quick", "prompts": [
                  {"id": "o", "kind": "outcome", "text": "Outcome?", "why": "w", "example": "e"}]}""");
        write("notes.txt", "ignored");

        PlaybookCatalog catalog = PlaybookCatalog.load(dir);

        assertThat(catalog.all()).extracting(Playbook::id).containsExactly("discovery", "weekly", "quick", "retro");
        assertThat(catalog.find("RETRO")).isPresent();
    }

    @Test
    void aTeamFileWithABuiltInIdReplacesIt() throws IOException {
        write("weekly.yml", VALID.replace("id: retro", "id: weekly"));

        assertThat(PlaybookCatalog.load(dir).find("weekly").orElseThrow().size()).isEqualTo(1);
    }

    @Test
    void unknownKindNamesTheFilePromptAndChoices() throws IOException {
        Path file = write("bad.yaml", VALID.replace("kind: customer", "kind: custmer"));

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).isInstanceOf(PlaybookException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("prompt 1 ('served') has unknown kind 'custmer'")
                .hasMessageContaining("expected one of: outcome, customer");
    }

    @Test
    void brokenYamlNamesTheFileAndLine() throws IOException {
        Path file = write("broken.yaml", "id: x\ntitle: \"unclosed\nprompts:\n");

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).isInstanceOf(PlaybookException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not valid YAML at line");
    }

    @Test
    void typoInAKeyIsReportedNotIgnored() throws IOException {
        write("typo.yaml", VALID.replace("example:", "exampel:"));

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageContaining("unknown key 'exampel'")
                .hasMessageContaining("allowed: id, kind, text, why, example");
    }

    @Test
    void missingPartsAreNamed() throws IOException {
        write("a.yaml", "title: No id\nprompts: []\n");
        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageContaining("missing 'id'");
        Files.delete(dir.resolve("a.yaml"));

        write("b.yaml", "id: b\ntitle: B\nprompts: []\n");
        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageContaining("has no prompts");
        Files.delete(dir.resolve("b.yaml"));

        write("c.yaml", VALID.replace("    text: Who did we serve?\n", ""));
        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageContaining("prompt 1 ('served') is missing 'text'");
    }

    @Test
    void emptyFileIsReported() throws IOException {
        Path file = write("empty.yaml", "");

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageContaining(file.toString())
                .hasMessageContaining("empty");
    }

    @Test
    void duplicatePromptIdsAreRefused() throws IOException {
        write("dup.yaml", VALID + """
                  - id: served
                    kind: outcome
                    text: Again?
                """);

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageContaining("prompt 2 ('served') repeats an id");
    }

    @Test
    void twoFilesWithOnePlaybookIdAreRefused() throws IOException {
        write("one.yaml", VALID);
        write("two.yaml", VALID);

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageContaining("id 'retro' is already used by");
    }

    @Test
    void missingFolderIsNamed() {
        Path missing = dir.resolve("nowhere");

        assertThatThrownBy(() -> PlaybookCatalog.load(missing)).hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void aFileInsteadOfAFolderIsNamed() throws IOException {
        Path file = write("team.yaml", VALID);

        assertThatThrownBy(() -> PlaybookCatalog.load(file)).isInstanceOf(PlaybookException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("is not a folder");
    }

    @Test
    void noFolderMeansTheBuiltInsOnly() {
        assertThat(PlaybookCatalog.load(null).all()).extracting(Playbook::id).containsExactly("discovery", "weekly");
    }

    @Test
    void anOverrideMatchesTheBuiltInIdInAnyCase() throws IOException {
        write("mine.yaml", VALID.replace("id: retro", "id: Discovery"));

        PlaybookCatalog catalog = PlaybookCatalog.load(dir);

        assertThat(catalog.all()).hasSize(2);
        assertThat(catalog.defaultPlaybook().id()).isEqualTo("Discovery");
        assertThat(catalog.defaultPlaybook().size()).isEqualTo(1);
    }

    @Test
    void twoFilesWhoseIdsDifferOnlyInCaseAreRefused() throws IOException {
        write("a.yaml", VALID);
        Path second = write("b.yml", VALID.replace("id: retro", "id: RETRO"));

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageContaining("playbook file " + second)
                .hasMessageContaining("id 'RETRO' is already used by " + dir.resolve("a.yaml"));
    }

    @Test
    void brokenJsonNamesTheFileAndLine() throws IOException {
        Path file = write("broken.json", "{\"id\": \"x\",\n \"title\": \"X\"\n \"prompts\": []}");

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageStartingWith("playbook file " + file + ": ")
                .hasMessageContaining("not valid JSON at line 3");
    }

    @Test
    void aKeyWrittenTwiceIsReportedNotSilentlyOverwritten() throws IOException {
        Path file = write("twice.yaml", VALID.replace("    why: To stay close.\n",
                "    why: To stay close.\n    text: Who else?\n"));

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageContaining(file.toString())
                .hasMessageContaining("not valid YAML at line").hasMessageContaining("'text'");
    }

    @Test
    void aTypoInsideAPromptSaysWhichPrompt() throws IOException {
        Path file = write("typo.yaml", VALID.replace("    why:", "    wyh:"));

        assertThatThrownBy(() -> PlaybookCatalog.load(dir))
                .hasMessage("playbook file " + file + ": prompt 1: unknown key 'wyh' at line 7 "
                        + "(allowed: id, kind, text, why, example)");
    }

    @Test
    void aTypoAtTheTopOfTheFileIsReported() throws IOException {
        Path file = write("typo.yaml", VALID.replace("title:", "titel:"));

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageStartingWith("playbook file " + file
                + ": unknown key 'titel' at line 2 (allowed: id, title, description, prompts)");
    }

    @Test
    void promptsThatAreNotAListAreReported() throws IOException {
        Path file = write("shape.yaml", "id: x\ntitle: X\nprompts: Who is our customer?\n");

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageStartingWith("playbook file " + file
                + ": 'prompts': expected a list of prompts at line 3");
    }

    @Test
    void aPromptTextThatIsAListIsReported() throws IOException {
        Path file = write("shape.yaml", VALID.replace("text: Who did we serve?", "text: [a, b]"));

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageStartingWith("playbook file " + file
                + ": prompt 1, 'text': expected plain text");
    }

    @Test
    void aFileThatIsOnlyACommentIsEmpty() throws IOException {
        Path file = write("comment.yaml", "# nothing yet\n");

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessage("playbook file " + file + ": is empty");
    }

    @Test
    void aPlaybookIdWithSpacesIsRefusedBecauseMembersTypeIt() throws IOException {
        Path file = write("spaces.yaml", VALID.replace("id: retro", "id: our retro"));

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageContaining("playbook file " + file)
                .hasMessageContaining("id 'our retro' must be one word");
    }

    @Test
    void aMissingTitleIsNamed() throws IOException {
        Path file = write("notitle.yaml", VALID.replace("title: Retro\n", ""));

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessage("playbook file " + file + ": missing 'title'");
    }

    @Test
    void aMissingPromptsListIsNamed() throws IOException {
        Path file = write("noprompts.yaml", "id: x\ntitle: X\n");

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageContaining("playbook file " + file)
                .hasMessageContaining("has no prompts");
    }

    @Test
    void aPromptWithoutIdOrKindIsNamedByPosition() throws IOException {
        Path noId = write("noid.yaml", VALID.replace("  - id: served\n    kind:", "  - kind:"));
        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessage("playbook file " + noId + ": prompt 1 is missing 'id'");
        Files.delete(noId);

        Path noKind = write("nokind.yaml", VALID.replace("    kind: customer\n", ""));
        assertThatThrownBy(() -> PlaybookCatalog.load(dir))
                .hasMessage("playbook file " + noKind + ": prompt 1 ('served') is missing 'kind'");
    }

    @Test
    void theBriefsExampleErrorReadsAsPromised() throws IOException {
        Path file = write("team.yaml", VALID + """
                  - id: custmr
                    kind: custmer
                    text: Who?
                """);

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessage("playbook file " + file
                + ": prompt 2 ('custmr') has unknown kind 'custmer' (expected one of: outcome, customer, "
                + "not-customer, relies-on-me, input-for, listening, customers-customer, enablers, non-enablers, "
                + "measure, reflection)");
    }

    @Test
    void kindsAreReadInAnyCaseAndWhyAndExampleMayBeLeftOut() throws IOException {
        write("short.yaml", """
                id: short
                title: Short
                prompts:
                  - id: who
                    kind: Customer
                    text: Who is it for?
                """);

        Prompt prompt = PlaybookCatalog.load(dir).find("short").orElseThrow().prompt(0);

        assertThat(prompt.kind()).isEqualTo(PromptKind.CUSTOMER);
        assertThat(prompt.why()).isEmpty();
        assertThat(prompt.example()).isEmpty();
    }

    @Test
    void builtInsAskAboutEveryKindTheAlignmentSummaryReads() {
        PlaybookCatalog catalog = PlaybookCatalog.builtIn();

        assertThat(catalog.find("weekly").orElseThrow().prompts()).extracting(Prompt::kind)
                .containsExactly(PromptKind.CUSTOMER, PromptKind.RELIES_ON_ME, PromptKind.ENABLERS,
                        PromptKind.NON_ENABLERS, PromptKind.REFLECTION);
        assertThat(catalog.all()).allSatisfy(p -> assertThat(p.title()).isNotBlank())
                .allSatisfy(p -> assertThat(p.description()).isNotBlank());
    }
}
