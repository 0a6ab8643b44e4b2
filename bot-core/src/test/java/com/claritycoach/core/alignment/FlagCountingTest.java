package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.coaching.CoachingRule;
import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.coaching.MemberContext;
import com.claritycoach.core.coaching.Nudge;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Flag counting with stand-in rules, so it does not depend on how the real rules word their checks. */
class FlagCountingTest {
    /** Fires when the answer contains {@code word}, and remembers what it was shown. */
    static final class WordRule implements CoachingRule {
        final String id;
        final String word;
        final List<MemberContext> seen = new ArrayList<>();

        WordRule(String id, String word) {
            this.id = id;
            this.word = word;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Set<PromptKind> appliesTo() {
            return EnumSet.of(PromptKind.CUSTOMER);
        }

        @Override
        public Optional<Nudge> check(Prompt prompt, String answer, MemberContext context) {
            seen.add(context);
            return answer.contains(word) ? Optional.of(new Nudge(id, "", "")) : Optional.empty();
        }
    }

    final WordRule boss = new WordRule("manager-as-customer", "boss");
    final WordRule all = new WordRule("everyone", "all");
    final AlignmentAnalyzer analyzer = new AlignmentAnalyzer(new CoachingRules(List.of(boss, all)));

    static AnswerRecord imported(String member, String text) {
        return new AnswerRecord(member, PromptKind.CUSTOMER, "customer", text, null);
    }

    @Test
    void importedAnswersAreCoachedAndEveryRuleIdIsCounted() {
        AlignmentSummary s = analyzer.analyze(List.of(new CheckInAnswers("csv", null, List.of("ana", "ben", "chen"),
                List.of(imported("ana", "my boss"), imported("ben", "all of them"), imported("chen", "nurses")))),
                Decisions.NONE);

        assertThat(s.flags()).containsOnlyKeys(CoachingRules.RULE_IDS);
        assertThat(s.flags().get("manager-as-customer")).isEqualTo(new FlagCount(1, List.of("ana")));
        assertThat(s.flags().get("everyone")).isEqualTo(new FlagCount(1, List.of("ben")));
        assertThat(s.flags().get("vague").count()).isZero();
        assertThat(boss.seen).allSatisfy(c -> assertThat(c.teamMemberNames()).containsExactly("ana", "ben", "chen"));
    }

    @Test
    void anImportedAnswerInSeveralTrapsCountsOnlyTheFirstRuleByPrecedenceAsInAChat() {
        List<CheckInAnswers> bossOfAll = List.of(new CheckInAnswers("csv", null, List.of(),
                List.of(imported("ben", "the boss of all"))));

        AlignmentSummary bossFirst = analyzer.analyze(bossOfAll, Decisions.NONE);
        AlignmentSummary allFirst = new AlignmentAnalyzer(new CoachingRules(List.of(all, boss))).analyze(bossOfAll, Decisions.NONE);

        assertThat(bossFirst.flags().get("manager-as-customer").count()).isEqualTo(1);
        assertThat(bossFirst.flags().get("everyone").count()).isZero();
        assertThat(allFirst.flags().get("everyone").count()).isEqualTo(1);
        assertThat(allFirst.flags().get("manager-as-customer").count()).isZero();
    }

    @Test
    void aRevisedAnswerCountsOnlyAsRevisedWhileEachPromptCountsOnItsOwn() {
        AlignmentSummary s = analyzer.analyze(List.of(new CheckInAnswers("csv", null, List.of(), List.of(
                imported("ana", "all of us"), new AnswerRecord("ben", PromptKind.CUSTOMER, "served", "my boss", null),
                imported("ben", "my boss"), imported("ana", "the ward nurse")))), Decisions.NONE);

        assertThat(s.flags().get("everyone").count()).isZero();
        assertThat(s.flags().get("manager-as-customer")).isEqualTo(new FlagCount(2, List.of("ben")));
    }

    @Test
    void aRevisionCoachedInAChatCountsWithItsOwnFlagsNotThoseOfTheFirstAnswer() {
        AlignmentSummary s = analyzer.analyze(List.of(new CheckInAnswers("w", null, List.of(), List.of(
                new AnswerRecord("ana", PromptKind.CUSTOMER, "customer", "my boss", Set.of("manager-as-customer")),
                new AnswerRecord("ana", PromptKind.CUSTOMER, "customer", "all nurses", Set.of("everyone"))))), Decisions.NONE);

        assertThat(s.flags().get("manager-as-customer").count()).isZero();
        assertThat(s.flags().get("everyone")).isEqualTo(new FlagCount(1, List.of("ana")));
    }

    @Test
    void answersCoachedInAConversationKeepTheirFlagsAndAreNotCoachedAgain() {
        AnswerRecord chatted = new AnswerRecord("ana", PromptKind.CUSTOMER, "served", "my boss", Set.of("vague"));

        AlignmentSummary s = analyzer.analyze(List.of(new CheckInAnswers("23 Nov", null, List.of("ana"),
                List.of(chatted))), Decisions.NONE);

        assertThat(boss.seen).isEmpty();
        assertThat(s.flags().get("vague").count()).isEqualTo(1);
        assertThat(s.flags().get("manager-as-customer").count()).isZero();
    }

    @Test
    void flaggedCustomerAnswersStillCountInTheirGroup() {
        AlignmentSummary s = analyzer.analyze(List.of(new CheckInAnswers("csv", null, List.of(),
                List.of(imported("ana", "my boss"), imported("ben", "My boss!"), imported("chen", "nurse")))), Decisions.NONE);

        assertThat(s.customerGroups().get(0)).extracting(Group::count, Group::flags)
                .containsExactly(2, Set.of("manager-as-customer"));
        assertThat(s.alignmentScore()).isEqualTo(2.0 / 3);
    }

    @Test
    void aTeamsOwnRuleIsCountedAfterTheStandardOnes() {
        AnswerRecord chatted = new AnswerRecord("ana", PromptKind.CUSTOMER, "served", "nurses", Set.of("jargon"));

        AlignmentSummary s = analyzer.analyze(List.of(new CheckInAnswers("w", null, List.of(), List.of(chatted))),
                Decisions.NONE);

        assertThat(s.flags().keySet()).startsWith(CoachingRules.RULE_IDS.toArray(String[]::new)).endsWith("jargon");
    }

    @Test
    void flagsAreListedInTheSameOrderEveryTimeSoASummaryReadsTheSame() {
        AnswerRecord chatted = new AnswerRecord("ana", PromptKind.CUSTOMER, "served", "my boss, everyone",
                Set.of("vague", "zz-team-rule", "manager-as-customer", "everyone", "aa-team-rule"));

        AlignmentSummary s = analyzer.analyze(List.of(new CheckInAnswers("w", null, List.of(), List.of(chatted))),
                Decisions.NONE);

        assertThat(chatted.flags()).containsExactly("aa-team-rule", "everyone", "manager-as-customer", "vague",
                "zz-team-rule");
        assertThat(s.customerGroups().get(0).flags()).containsExactly("aa-team-rule", "everyone",
                "manager-as-customer", "vague", "zz-team-rule");
        assertThat(s.flags().keySet()).endsWith("aa-team-rule", "zz-team-rule");
    }
}
