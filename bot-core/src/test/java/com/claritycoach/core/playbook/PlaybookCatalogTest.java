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
        Path file = write("broken.yaml", "id: x\ntitle: [unclosed\nprompts:\n");

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).isInstanceOf(PlaybookException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not valid YAML at line");
    }

    @Test
    void typoInAKeyIsReportedNotIgnored() throws IOException {
        write("typo.yaml", VALID.replace("example:", "exampel:"));

        assertThatThrownBy(() -> PlaybookCatalog.load(dir)).hasMessageContaining("unknown key 'exampel'")
                .hasMessageContaining("allowed: example, id, kind, text, why");
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
}
