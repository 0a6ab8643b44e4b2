package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcronymsTest {
    @Test
    void anAbbreviationIsSpelledOutByTheInitialsOfAnotherWording() {
        assertThat(Acronyms.spelledOut(Acronyms.in("FCR"), Acronyms.initials("first-call resolution rate"))).isTrue();
        assertThat(Acronyms.spelledOut(Acronyms.in("the restaurant GM"), Acronyms.initials("the general manager"))).isTrue();
        assertThat(Acronyms.spelledOut(Acronyms.in("LMCs at the door"), Acronyms.initials("last-minute changes to the plan"))).isTrue();
    }

    @Test
    void wordsInLowerCaseOrLongerThanFiveCapitalsAreNoAbbreviations() {
        assertThat(Acronyms.in("fcr")).isEmpty();
        assertThat(Acronyms.in("URGENTLY")).isEmpty();
        assertThat(Acronyms.in("A plan")).isEmpty();
    }

    @Test
    void anAbbreviationThatTheOtherWordingDoesNotSpellOutMeansNothing() {
        assertThat(Acronyms.spelledOut(Acronyms.in("OTP"), Acronyms.initials("departures within 15 min"))).isFalse();
    }
}
