package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameUseTest {
    static final List<String> TEAM = List.of("Dev Patel", "Grace Obi", "Will Turner", "Bill Evans", "Ana Silva");

    private static List<String> named(String text) {
        return LineOfSightMap.mentions(text, TEAM);
    }

    @Test
    void devTeamIsNotMemberDev() {
        assertThat(named("the dev team needs my specs")).isEmpty();
        assertThat(named("Dev team needs my specs")).isEmpty();
        assertThat(named("Our Dev-team uses them")).isEmpty();
    }

    @Test
    void devAsANameIsMemberDev() {
        assertThat(named("I send Dev the specs")).containsExactly("Dev Patel");
        assertThat(named("Dev uses my specs")).containsExactly("Dev Patel");
        assertThat(named("@dev team lead")).containsExactly("Dev Patel");
    }

    @Test
    void gracePeriodIsNotMemberGrace() {
        assertThat(named("Returns have a grace period of 7 days")).isEmpty();
        assertThat(named("Grace period for returns")).isEmpty();
        assertThat(named("Grace signs off my register")).containsExactly("Grace Obi");
    }

    @Test
    void willDoIsNotMemberWill() {
        assertThat(named("Will do, Ana reads them")).containsExactly("Ana Silva");
        assertThat(named("Will needs my forecast")).containsExactly("Will Turner");
    }

    @Test
    void billRunIsNotMemberBill() {
        assertThat(named("the bill run at month end")).isEmpty();
        assertThat(named("Bill run depends on my reads")).isEmpty();
        assertThat(named("Bill, for the pick lists")).containsExactly("Bill Evans");
    }

    @Test
    void aWriterWhoDoesNotCapitaliseStillNamesPeople() {
        assertThat(named("dev and grace use my specs")).containsExactly("Dev Patel", "Grace Obi");
        assertThat(named("i rely on will for the forecast")).containsExactly("Will Turner");
        assertThat(named("will do. grace period is 7 days")).isEmpty();
    }

    @Test
    void aLowerCaseFirstNameInAnAnswerThatCapitalisesNamesIsAWord() {
        assertThat(named("Ana knows the bill and will check it")).containsExactly("Ana Silva");
    }

    @Test
    void aFirstNameWithAnotherSurnameIsSomebodyElse() {
        assertThat(named("I rely on Ana Costa")).isEmpty();
        assertThat(named("I rely on Ana Silva")).containsExactly("Ana Silva");
    }

    @Test
    void aFullNameIsANameWhateverFollows() {
        assertThat(named("the dev patel team")).containsExactly("Dev Patel");
    }
}
