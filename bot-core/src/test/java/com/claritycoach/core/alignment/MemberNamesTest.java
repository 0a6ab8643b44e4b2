package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.alignment.MemberNames.Match;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberNamesTest {
    private static List<String> found(String text, List<String> members) {
        return new MemberNames(members).find(NameWords.words(text)).stream().map(Match::member).toList();
    }

    @Test
    void aSharedFirstNameAloneNamesNeitherMember() {
        assertThat(found("Ana uses my reports", List.of("Ana Silva", "Ana Costa"))).isEmpty();
    }

    @Test
    void fullNamesTellApartMembersWhoShareAFirstName() {
        List<String> team = List.of("Ana Silva", "Ana Costa");

        assertThat(found("Ana Costa uses my reports, not Ana Silva", team)).containsExactly("Ana Costa", "Ana Silva");
    }

    @Test
    void theLastNamesInitialTellsThemApartToo() {
        List<String> team = List.of("Ana Silva", "Ana Costa");

        assertThat(found("Ana C. uses my reports", team)).containsExactly("Ana Costa");
        assertThat(found("ana s reads them", team)).containsExactly("Ana Silva");
    }

    @Test
    void aFullNameIsMarkedFullAndAFirstNameIsNot() {
        List<Match> matches = new MemberNames(List.of("Ana Silva", "Ben")).find(NameWords.words("Ana Silva and Ben"));

        assertThat(matches).extracting(Match::full).containsExactly(true, false);
        assertThat(matches).extracting(Match::surnamed).containsExactly(true, false);
    }

    @Test
    void aHyphenatedNameIsFoundHyphenatedOrAsOneWord() {
        List<String> team = List.of("Sung-min Kim", "Joon-ho Choi");

        assertThat(found("sungmin's export and @Joon-ho", team)).containsExactly("Sung-min Kim", "Joon-ho Choi");
        assertThat(found("Sung is away", team)).isEmpty();
    }

    @Test
    void namesAreFoundWithoutTheirAccents() {
        assertThat(found("chloe and Lucia", List.of("Chloé Martin", "Lucía Fernández")))
                .containsExactly("Chloé Martin", "Lucía Fernández");
    }

    @Test
    void aNameDoesNotRunOnPastAComma() {
        assertThat(found("Ana, Silva's team", List.of("Ana Silva", "Ana Costa"))).isEmpty();
    }
}
