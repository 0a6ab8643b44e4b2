package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.alignment.LineOfSight.Edge;
import com.claritycoach.core.playbook.PromptKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectionReaderTest {
    static final List<String> TEAM = List.of("Me", "Ana Silva", "Ben Okafor", "Chen Li");
    static final PromptKind RELIES = PromptKind.RELIES_ON_ME;
    static final PromptKind INPUT = PromptKind.INPUT_FOR;

    /** The edges one answer of "Me" makes. */
    private static List<Edge> edges(PromptKind kind, String text) {
        AnswerRecord answer = new AnswerRecord("Me", kind, kind.id(), text, Set.of());
        return LineOfSightMap.build(TEAM, List.of(answer), Set.of(), TEAM).edges();
    }

    private static Edge serves(String from, String to) {
        return new Edge(from, to);
    }

    @Test
    void relyingOnAnaMeansAnaServesTheSpeaker() {
        assertThat(edges(INPUT, "I rely on Ana for the meds")).containsExactly(serves("Ana Silva", "Me"));
        assertThat(edges(RELIES, "I really depend on Ana and Ben")).containsExactly(serves("Ana Silva", "Me"),
                serves("Ben Okafor", "Me"));
        assertThat(edges(INPUT, "waiting on Ana's sign-off mostly")).containsExactly(serves("Ana Silva", "Me"));
    }

    @Test
    void namingWhoReliesOnTheSpeakerMeansTheSpeakerServesThem() {
        assertThat(edges(RELIES, "Ana relies on my reports")).containsExactly(serves("Me", "Ana Silva"));
        assertThat(edges(RELIES, "Ana")).containsExactly(serves("Me", "Ana Silva"));
    }

    @Test
    void gettingSomethingFromAnaMeansAnaServesTheSpeaker() {
        assertThat(edges(INPUT, "I get the pick lists from Ana each day")).containsExactly(serves("Ana Silva", "Me"));
        assertThat(edges(INPUT, "my rosters come from ana's export")).containsExactly(serves("Ana Silva", "Me"));
    }

    @Test
    void usingOrNeedingAnasWorkMeansAnaServesTheSpeaker() {
        assertThat(edges(INPUT, "I need Ana's call before I can board")).containsExactly(serves("Ana Silva", "Me"));
        assertThat(edges(INPUT, "I use the dashboards Ana builds")).containsExactly(serves("Ana Silva", "Me"));
    }

    @Test
    void sendingOrGivingAnaSomethingMeansTheSpeakerServesAna() {
        assertThat(edges(INPUT, "I send Ana the shift log")).containsExactly(serves("Me", "Ana Silva"));
        assertThat(edges(INPUT, "I hand the figures to Ana")).containsExactly(serves("Me", "Ana Silva"));
        assertThat(edges(INPUT, "the weekly pack, for Ana")).containsExactly(serves("Me", "Ana Silva"));
    }

    @Test
    void anaUsingTheSpeakersWorkMeansTheSpeakerServesAna() {
        assertThat(edges(INPUT, "Ana uses my stock reports")).containsExactly(serves("Me", "Ana Silva"));
        assertThat(edges(INPUT, "Ana's robot needs stock from my orders")).containsExactly(serves("Me", "Ana Silva"));
    }

    @Test
    void anaSendingTheSpeakerSomethingMeansAnaServesTheSpeaker() {
        assertThat(edges(INPUT, "Ana sends me the AV tickets")).containsExactly(serves("Ana Silva", "Me"));
        assertThat(edges(RELIES, "Ana's tickets come to me for swaps")).containsExactly(serves("Ana Silva", "Me"));
        assertThat(edges(INPUT, "Ana's schedule feeds into mine")).containsExactly(serves("Ana Silva", "Me"));
        assertThat(edges(INPUT, "Ana's review sets are what I build the lists from"))
                .containsExactly(serves("Ana Silva", "Me"));
    }

    @Test
    void workTheSpeakerTurnsIntoSomethingServesTheSpeakerWhenAskedForWhomItIsAnInput() {
        assertThat(edges(INPUT, "I take Ana's loadsheet + Ben's numbers and turn it into the message for Chen"))
                .containsExactly(serves("Ana Silva", "Me"), serves("Ben Okafor", "Me"), serves("Me", "Chen Li"));
        assertThat(edges(RELIES, "I take Ana's calls when she is out")).containsExactly(serves("Me", "Ana Silva"));
    }

    @Test
    void aPossessiveTeamThatUsesTheSpeakersWorkIsServedByTheSpeaker() {
        assertThat(edges(RELIES, "Ana's team loads what we sort")).containsExactly(serves("Me", "Ana Silva"));
    }

    @Test
    void aDeniedNameIsNoLink() {
        assertThat(edges(RELIES, "not Ana - people think she depends on me but she doesn't")).isEmpty();
        assertThat(edges(RELIES, "Ana doesn't need my reports any more")).isEmpty();
        assertThat(edges(RELIES, "I don't rely on Ana")).isEmpty();
    }

    @Test
    void workingAlongsideTheSpeakerIsNoLink() {
        assertThat(edges(RELIES, "Ana and I share the loading bay, that's it")).isEmpty();
        assertThat(edges(RELIES, "(Ana & I sit together)")).isEmpty();
    }

    @Test
    void aNameOnlyAskedQuotedOrFollowedIsNoLink() {
        assertThat(edges(INPUT, "not sure. Ask Ana, she'd know")).isEmpty();
        assertThat(edges(RELIES, "Ana thinks nobody reads them")).isEmpty();
        assertThat(edges(RELIES, "(Ana asked me the same question)")).isEmpty();
        assertThat(edges(INPUT, "nobody. I took over from Ana Silva")).isEmpty();
    }

    @Test
    void askingForSomethingIsGettingIt() {
        assertThat(edges(INPUT, "I ask Ana for the rota")).containsExactly(serves("Ana Silva", "Me"));
        assertThat(edges(RELIES, "Ana asked me for the figures")).containsExactly(serves("Me", "Ana Silva"));
    }

    @Test
    void aPronounInTheNextClauseStandsForTheName() {
        assertThat(edges(RELIES, "Ana – I rely on her for the rota")).containsExactly(serves("Ana Silva", "Me"));
        assertThat(edges(RELIES, "Ana - I send him the shift log")).containsExactly(serves("Me", "Ana Silva"));
        assertThat(edges(RELIES, "Ana – she sends me the rota")).containsExactly(serves("Ana Silva", "Me"));
        assertThat(edges(RELIES, "Ana, I'm shadowing her this month")).isEmpty();
    }

    @Test
    void eachNameInAListKeepsItsOwnDirection() {
        assertThat(edges(INPUT, "I get bug reports to Ana and the top issues come from Ben"))
                .containsExactly(serves("Me", "Ana Silva"), serves("Ben Okafor", "Me"));
    }

    @Test
    void whatTheSpeakerCannotDoUntilAnaActsMeansAnaServesTheSpeaker() {
        assertThat(edges(INPUT, "I can't bill anything till Ana and the drivers send the PODs"))
                .containsExactly(serves("Ana Silva", "Me"));
        assertThat(edges(INPUT, "can't send anyone home until Ana's done the TTOs and Ben's booked transport"))
                .containsExactly(serves("Ana Silva", "Me"), serves("Ben Okafor", "Me"));
        assertThat(edges(RELIES, "Ana can't start boarding till we've finished the cabin"))
                .containsExactly(serves("Me", "Ana Silva"));
    }

    @Test
    void aSecondNameListedAfterTheFirstsPurposeReadsLikeTheFirst() {
        assertThat(edges(INPUT, "I rely on Ana for my rota, and Ben for the loads"))
                .containsExactly(serves("Ana Silva", "Me"), serves("Ben Okafor", "Me"));
        assertThat(edges(INPUT, "I send Ana the rota, and Ben the loads")).containsExactly(serves("Me", "Ana Silva"),
                serves("Me", "Ben Okafor"));
    }

    @Test
    void aNameTheSpeakerIsUnsureOfIsNoLink() {
        assertThat(edges(INPUT, "the filings. not sure Ana uses anything of mine")).isEmpty();
        assertThat(edges(INPUT, "I doubt Ana reads them")).isEmpty();
        assertThat(edges(INPUT, "I know Ana reads them")).containsExactly(serves("Me", "Ana Silva"));
    }

    @Test
    void aMemberDoingSomethingForTheSpeakerServesTheSpeaker() {
        assertThat(edges(RELIES, "Ana does the rota for me")).containsExactly(serves("Ana Silva", "Me"));
        assertThat(edges(RELIES, "Ana is waiting for me")).containsExactly(serves("Me", "Ana Silva"));
    }

    @Test
    void aTeamOfThousandsIsReadInOnePassPerAnswer() {
        List<String> team = new ArrayList<>();
        List<AnswerRecord> answers = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            team.add("Member" + i + " Surname" + i);
        }
        for (int i = 1; i < 5_000; i++) {
            String text = "I rely on Member" + (i - 1) + " Surname" + (i - 1) + " and send Member" + (i + 1) % 5_000
                    + " my figures";
            answers.add(new AnswerRecord(team.get(i), INPUT, INPUT.id(), text, Set.of()));
        }

        List<Edge> edges = LineOfSightMap.build(team, answers, Set.of(team.get(0)), team).edges();

        assertThat(edges).hasSize(5_000).contains(serves("Member0 Surname0", "Member1 Surname1"),
                serves("Member4999 Surname4999", "Member0 Surname0"));
    }

    @Test
    void anyTextReadsWithoutFailing() {
        String[] parts = {"Ana", "ana's", "Ben", "@chen", "Chen Li", "I", "me", "my", "not", "and", "&", "(", ")", "-",
            "–", ",", ".", "rely", "on", "from", "to", "for", "sends", "she", "her", "him", "is", "what", "take",
            "ask", "doesn't", "would", "know", "same", "as", "over", "by", "supported", "feeds", "into", "mine", " "};
        Random random = new Random(5);
        for (int n = 0; n < 5_000; n++) {
            List<String> text = new ArrayList<>();
            for (int k = random.nextInt(14); k > 0; k--) {
                text.add(parts[random.nextInt(parts.length)]);
            }
            String answer = String.join(random.nextBoolean() ? " " : "", text);
            assertThat(edges(random.nextBoolean() ? INPUT : RELIES, answer)).as(answer)
                    .allSatisfy(e -> assertThat(e.from()).isNotEqualTo(e.to()));
        }
    }
}
