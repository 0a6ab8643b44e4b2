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
    final Grouper roles = new Grouper(Map.of(), Wording::roleKey);

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
    void typosOfLongWordsAreMerged() {
        assertThat(Grouper.alike("patient", "pateint")).isTrue();
        assertThat(Grouper.alike("physician", "physican")).isTrue();
        assertThat(Grouper.alike("discharge nurse", "dischrage nurse")).isTrue();
        assertThat(Grouper.alike("customer", "cutsomer")).isTrue();
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
    void alikeKeysShareASkeleton() {
        assertThat(Grouper.skeleton("dischrage nurse")).isEqualTo(Grouper.skeleton("discharge nurse"));
        assertThat(Grouper.skeleton("head nurse")).isNotEqualTo(Grouper.skeleton("head of nurse"));
    }

    @Test
    void differentRolesThatLookAlikeStayApart() {
        assertThat(Grouper.alike("employer", "employee")).isFalse();
        assertThat(Grouper.alike("trainer", "trainee")).isFalse();
        assertThat(Grouper.alike("investor", "inventor")).isFalse();
        assertThat(Grouper.alike("sales team", "sales lead")).isFalse();
        assertThat(Grouper.alike("clinician", "clinic")).isFalse();
        assertThat(Grouper.alike("engineer", "engineering")).isFalse();
        assertThat(Grouper.alike("head nurse", "head of nurse")).isFalse();
    }

    @Test
    void synonymsApplyBeforeGroupingAndChainsEnd() {
        Grouper withSynonyms = new Grouper(Map.of("ward sister", "ward nurse", "a", "b", "b", "a"), Wording::roleKey);

        assertThat(withSynonyms.canonical("The ward sisters")).isEqualTo("ward nurse");
        assertThat(withSynonyms.canonical("b")).isIn("a", "b");
    }

    @Test
    void aMergeOfAWordingWithADescriptionReachesTheRoleItNames() {
        Grouper merged = new Grouper(Map.of(Wording.normalise("The ward sisters who sign off discharges"),
                Wording.normalise("ward nurses on the pilot wards")), Wording::roleKey);

        assertThat(merged.canonical("ward sister")).isEqualTo("ward nurse");
        assertThat(merged.group(List.of(new Grouper.Entry("ana", "Ward sisters", Set.of()),
                new Grouper.Entry("ben", "the ward nurse", Set.of())))).singleElement()
                .extracting(Group::count).isEqualTo(2);
    }
}
