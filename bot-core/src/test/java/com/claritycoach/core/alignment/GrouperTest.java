package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GrouperTest {
    final Grouper roles = lexical(Map.of());

    /** Spelling and the team's merges only, as with COACH_UNDERSTANDING=lexical. */
    static Grouper lexical(Map<String, String> merges) {
        return new Grouper(Decisions.merging(merges), Wording::roleKey, Sameness.ROLES, Meanings.LEXICAL,
                GroupingSettings.DEFAULT.roles());
    }

    List<Group> group(String... wordings) {
        return roles.group(IntStream.range(0, wordings.length)
                .mapToObj(i -> new Grouper.Entry("m" + i, wordings[i], Set.of())).toList());
    }

    @Test
    void everyWayOfWritingPatientsIsOneGroup() {
        assertThat(group("patient", "patients", "the patient", "Our Patients!", "my patient's"))
                .singleElement().extracting(Group::count).isEqualTo(5);
    }

    @Test
    void nurseAndNursesGroupButPurseStaysApart() {
        assertThat(group("nurse", "nurses", "purse")).extracting(Group::label, Group::count)
                .containsExactly(tuple("nurse", 2), tuple("purse", 1));
    }

    @Test
    void aTypoFindsItsGroupAmongThousandsOfOthers() {
        List<String> wordings = new ArrayList<>(List.of("discharge nurse"));
        IntStream.range(0, 5000).forEach(i -> wordings.add("volunteer " + i));
        wordings.add("dischrage nurse");

        assertThat(group(wordings.toArray(String[]::new))).hasSize(5001).first()
                .extracting(Group::label, Group::count).containsExactly("discharge nurse", 2);
    }

    @Test
    void aContractionJoinsTheWordItShortens() {
        assertThat(group("patients", "pts going home – mostly frail older people", "the ward nurse"))
                .extracting(Group::label, Group::count).containsExactly(tuple("patients", 2), tuple("the ward nurse", 1));
        assertThat(group("the policyholder at the worst moment", "the PH, and their family")).singleElement()
                .extracting(Group::count).isEqualTo(2);
    }

    @Test
    void aShortWordOfItsOwnOrAContractionOfTwoWordsStaysApart() {
        assertThat(group("kids", "kindergarteners")).hasSize(2);
        assertThat(group("pts", "patients", "parents")).hasSize(3);
        assertThat(group("ph", "policyholders")).hasSize(1);
        assertThat(group("pax", "passengers")).hasSize(2);
    }

    @Test
    void aSplitKeepsAContractionApart() {
        Grouper split = new Grouper(new Decisions(Map.of(), Set.of(new Decisions.Split("pts", "patients"))), Wording::roleKey,
                Sameness.ROLES, Meanings.LEXICAL, GroupingSettings.DEFAULT.roles());

        assertThat(split.group(List.of(new Grouper.Entry("a", "patients", Set.of()), new Grouper.Entry("b", "pts", Set.of()))))
                .hasSize(2);
    }

    @Test
    void synonymsApplyBeforeGroupingAndChainsEnd() {
        Grouper withSynonyms = lexical(Map.of("ward sister", "ward nurse", "a", "b", "b", "a"));

        assertThat(withSynonyms.canonical("The ward sisters")).isEqualTo("ward nurse");
        assertThat(withSynonyms.canonical("b")).isIn("a", "b");
    }

    @Test
    void aMergeOfAWordingWithADescriptionReachesTheRoleItNames() {
        Grouper merged = lexical(Map.of(Wording.normalise("The ward sisters who sign off discharges"),
                Wording.normalise("ward nurses on the pilot wards")));

        assertThat(merged.canonical("ward sister")).isEqualTo("ward nurse");
        assertThat(merged.group(List.of(new Grouper.Entry("ana", "Ward sisters", Set.of()),
                new Grouper.Entry("ben", "the ward nurse", Set.of())))).singleElement()
                .extracting(Group::count).isEqualTo(2);
    }
}
