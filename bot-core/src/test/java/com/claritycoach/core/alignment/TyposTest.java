package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TyposTest {
    @Test
    void typosOfLongWordsAreMerged() {
        assertThat(Typos.alike("patient", "pateint")).isTrue();
        assertThat(Typos.alike("physician", "physican")).isTrue();
        assertThat(Typos.alike("discharge nurse", "dischrage nurse")).isTrue();
        assertThat(Typos.alike("customer", "cutsomer")).isTrue();
    }

    @Test
    void alikeKeysShareASkeleton() {
        assertThat(Typos.skeleton("dischrage nurse")).isEqualTo(Typos.skeleton("discharge nurse"));
        assertThat(Typos.skeleton("head nurse")).isNotEqualTo(Typos.skeleton("head of nurse"));
    }

    @Test
    void differentRolesThatLookAlikeStayApart() {
        assertThat(Typos.alike("employer", "employee")).isFalse();
        assertThat(Typos.alike("trainer", "trainee")).isFalse();
        assertThat(Typos.alike("investor", "inventor")).isFalse();
        assertThat(Typos.alike("sales team", "sales lead")).isFalse();
        assertThat(Typos.alike("clinician", "clinic")).isFalse();
        assertThat(Typos.alike("engineer", "engineering")).isFalse();
        assertThat(Typos.alike("head nurse", "head of nurse")).isFalse();
    }

    @Test
    void oneVowelTypedForAnotherInALongWordIsASlip() {
        assertThat(Typos.alike("expectent mother", "expectant mother")).isTrue();
        assertThat(Typos.alike("pharmecist", "pharmacist")).isTrue();
    }

    @Test
    void oneVowelChangedInAShortWordOrAtAWordsEndIsNoSlip() {
        assertThat(Typos.alike("dealer", "dialer")).isFalse();
        assertThat(Typos.alike("tenanta", "tenante")).isFalse();
        assertThat(Typos.alike("employer", "employee")).isFalse();
    }
}
