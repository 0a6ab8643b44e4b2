package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordingTest {
    @Test
    void caseArticlesPossessivesPunctuationAndPluralsAreIgnored() {
        assertThat(Wording.normalise("Our Patients!")).isEqualTo("patient");
        assertThat(Wording.normalise("the patient")).isEqualTo("patient");
        assertThat(Wording.normalise("  my   PATIENTS. ")).isEqualTo("patient");
        assertThat(Wording.normalise("The hospital's nurses")).isEqualTo("hospital nurse");
    }

    @Test
    void singularsKeepWordsThatOnlyEndInS() {
        assertThat(Wording.singular("nurses")).isEqualTo("nurse");
        assertThat(Wording.singular("agencies")).isEqualTo("agency");
        assertThat(Wording.singular("businesses")).isEqualTo("business");
        assertThat(Wording.singular("business")).isEqualTo("business");
        assertThat(Wording.singular("analysis")).isEqualTo("analysis");
        assertThat(Wording.singular("status")).isEqualTo("status");
        assertThat(Wording.singular("coaches")).isEqualTo("coach");
    }

    @Test
    void theRoleKeyDropsTheDescriptionAfterTheRole() {
        assertThat(Wording.roleKey("The ward nurse who signs off each discharge")).isEqualTo("ward nurse");
        assertThat(Wording.roleKey("Ward nurses on the two pilot wards")).isEqualTo("ward nurse");
        assertThat(Wording.roleKey("the ward nurse")).isEqualTo("ward nurse");
    }

    @Test
    void theRoleKeyOfAListIsItsFirstItem() {
        assertThat(Wording.roleKey("nurses, doctors and porters")).isEqualTo("nurse");
        assertThat(Wording.items("Our cloud vendor, the press and the hospital board"))
                .containsExactly("Our cloud vendor", "the press", "the hospital board");
    }

    @Test
    void pluralsOfIeNounsAndWordsThatAreNotPluralsKeepTheirMeaning() {
        assertThat(Wording.normalise("Movies")).isEqualTo(Wording.normalise("movie"));
        assertThat(Wording.normalise("rookies")).isEqualTo("rookie");
        assertThat(Wording.normalise("series")).isEqualTo("series");
        assertThat(Wording.normalise("news")).isEqualTo("news");
        assertThat(Wording.singular("class")).isEqualTo("class");
        assertThat(Wording.singular("classes")).isEqualTo("class");
    }

    @Test
    void acronymsCompareAlikeWithOrWithoutDots() {
        assertThat(Wording.normalise("the C.F.O.")).isEqualTo(Wording.normalise("CFO"));
    }

    @Test
    void itemsLoseBulletsAndFinalStopsAsTheOldPatternTrimmedThem() {
        Pattern edges = Pattern.compile("^[-*\\s]+|[.!?\\s]+$");
        String[] parts = {"-", "*", " ", ".", "!", "?", "\t", "\u000B", "\u00A0", "a", "b-c", "x.y", ",", " and "};
        Random random = new Random(5);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            List<String> expected = ListSeparators.split(text.toString()).stream()
                    .map(s -> edges.matcher(s.strip()).replaceAll(""))
                    .filter(s -> s.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
            assertThat(Wording.items(text.toString())).as("items of %s", text).isEqualTo(expected);
        }
        assertThat(Wording.items("- Nurses!, * the press.")).containsExactly("Nurses", "the press");
    }

    @Test
    void anAmpersandInsideAWordIsNotAList() {
        assertThat(Wording.roleKey("R&D")).isEqualTo("rd");
        assertThat(Wording.items("sales & marketing")).containsExactly("sales", "marketing");
    }

    @Test
    void bracketedAsidesAndFillersDoNotChangeTheKey() {
        assertThat(Wording.roleKey("Flight crew (the PIC esp.)")).isEqualTo(Wording.roleKey("flight crew"));
        assertThat(Wording.roleKey("the business tbh")).isEqualTo("business");
        assertThat(Wording.roleKey("patients lol")).isEqualTo("patient");
        assertThat(Wording.roleKey("the patient (the one at the counter)")).isNotEqualTo(Wording.roleKey("the one at the counter"));
    }

    @Test
    void aFillerInsideAWordIsKept() {
        assertThat(Wording.normalise("lolly makers")).isEqualTo("lolly maker");
        assertThat(Wording.normalise("especially tourists")).isEqualTo("especially tourist");
    }

    @Test
    void latinAccentsFoldAndOtherScriptsKeepTheirMarks() {
        assertThat(Wording.normalise("café owners")).isEqualTo(Wording.normalise("cafe owners"));
        assertThat(Wording.normalise("Lucía")).isEqualTo("lucia");
        assertThat(Wording.normalise("किसान")).isEqualTo("किसान");
        assertThat(Wording.normalise("किसान")).isNotEqualTo(Wording.normalise("कसन"));
    }

    @Test
    void aGenericRoleKeepsItsDescription() {
        assertThat(Wording.roleKey("people who borrow books")).isNotEqualTo(Wording.roleKey("people who donate"));
        assertThat(Wording.roleKey("nurses who sign off discharges")).isEqualTo("nurse");
    }

    @Test
    void theRolePhraseDropsExplanationsAndDescriptions() {
        assertThat(Wording.rolePhrase("patients – one wrong dose can hurt someone")).isEqualTo("patients");
        assertThat(Wording.rolePhrase("the passenger at the gate who just wants to leave")).isEqualTo("the passenger");
        assertThat(Wording.rolePhrase("people who borrow books")).isEqualTo("people who borrow books");
        assertThat(Wording.rolePhrase("Flight crew (the PIC esp.)")).isEqualTo("Flight crew");
    }

    @Test
    void aQualifierNamesTheRoleThatAnOpenRoleLeavesOpen() {
        assertThat(Wording.rolePhrase("Canvas users – teachers mostly")).isEqualTo("teachers");
        assertThat(Wording.rolePhrase("the admin users hitting the bugs (payroll admins mostly)")).isEqualTo("payroll admins");
        assertThat(Wording.rolePhrase("people on the app – mostly students")).isEqualTo("students");
    }

    @Test
    void aQualifierOfANamedRoleOrAnOpenQualifierChangesNothing() {
        assertThat(Wording.rolePhrase("players (new ones from UA campaigns mainly)")).isEqualTo("players");
        assertThat(Wording.rolePhrase("whoever runs payroll at the client – usually 1 person in HR or finance"))
                .isEqualTo("whoever runs payroll");
        assertThat(Wording.rolePhrase("the client (usually their in-house legal team)")).isEqualTo("the client");
    }

    @Test
    void aLabelNeverEndsInsideAnOpenBracket() {
        assertThat(Asides.without("the donors (USAID")).isEqualTo("the donors");
        assertThat(Asides.without("(none)")).isEqualTo("(none)");
    }
}
