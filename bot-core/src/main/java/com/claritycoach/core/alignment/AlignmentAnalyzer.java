package com.claritycoach.core.alignment;

import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.coaching.MemberContext;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes a team's {@link AlignmentSummary} from the answers of its check-ins. Pure: no store, no
 * platform, so the same analysis serves chat summaries and spreadsheets ({@code analyze}).
 */
public final class AlignmentAnalyzer {
    private final CoachingRules rules;
    private final Meanings meanings;
    private final GroupingSettings settings;
    private final Sameness roleSameness;
    private final Sameness themeSameness;

    /** Grouping by spelling only ({@link Meanings#LEXICAL}). */
    public AlignmentAnalyzer(CoachingRules rules) {
        this(rules, Meanings.LEXICAL, GroupingSettings.DEFAULT);
    }

    public AlignmentAnalyzer(CoachingRules rules, Meanings meanings, GroupingSettings settings) {
        this(rules, meanings, settings, Sameness.ROLES, Sameness.THEMES);
    }

    /** With other weights for the sameness of roles and of themes, as when they are refitted on labeled teams. */
    AlignmentAnalyzer(CoachingRules rules, Meanings meanings, GroupingSettings settings, Sameness roles, Sameness themes) {
        this.rules = rules;
        this.meanings = meanings;
        this.settings = settings;
        this.roleSameness = roles;
        this.themeSameness = themes;
    }

    /**
     * @param checkIns the team's check-ins, oldest first; the last is the one summarised
     * @param decisions the team's merges and splits, which win over the model
     */
    public AlignmentSummary analyze(List<CheckInAnswers> checkIns, Decisions decisions) {
        if (checkIns.isEmpty()) {
            throw new IllegalArgumentException("nothing to analyse: no check-in given");
        }
        CheckInAnswers current = checkIns.get(checkIns.size() - 1);
        List<AnswerRecord> answers = coached(current);
        List<AnswerRecord> now = current(answers);
        Grouper roles = new Grouper(decisions, Wording::roleKey, roleSameness, meanings, settings.roles());
        Grouper lists = new Grouper(decisions, Wording::roleKey, roleSameness, meanings, settings.lists());
        Grouper sentences = new Grouper(decisions, Wording::normalise, themeSameness, meanings, settings.themes());

        Grouper.Grouping customerGrouping = roles.grouping(entries(answers, PromptKind.CUSTOMER, true));
        List<Group> customers = customerGrouping.groups();
        int customerRespondents = respondentsTo(answers, PromptKind.CUSTOMER);
        List<String> members = members(current);
        List<String> respondents = respondents(current, members);
        Set<String> top = customers.isEmpty() ? Set.of() : new LinkedHashSet<>(customers.get(0).members());

        List<TrendPoint> trend = new ArrayList<>();
        for (int i = 0; i < checkIns.size() - 1; i++) {
            trend.add(point(checkIns.get(i), roles));
        }
        trend.add(new TrendPoint(current.label(), current.opened(), score(customers, customerRespondents),
                respondents.size()));

        return new AlignmentSummary(
                current.label(),
                participation(current, members, respondents),
                score(customers, customerRespondents),
                customerRespondents,
                customers,
                customerGrouping.undecided(),
                lists.group(listEntries(answers, PromptKind.NOT_CUSTOMER)),
                LineOfSightMap.build(members, answers, top, respondents),
                sentences.group(entries(answers, PromptKind.ENABLERS, false)),
                sentences.group(entries(answers, PromptKind.NON_ENABLERS, false)),
                sentences.group(entries(answers, PromptKind.MEASURE, false)),
                lists.group(listEntries(answers, PromptKind.LISTENING)),
                flags(now),
                trend,
                now);
    }

    /**
     * The texts the analysis will ask the meaning model about for an answer of that kind, so they can
     * be read ahead, off the path that acknowledges the answer.
     */
    public static List<String> textsRead(PromptKind kind, String answer) {
        return switch (kind) {
            case CUSTOMER -> Sameness.ROLES.texts(Wording.firstItem(answer));
            case NOT_CUSTOMER, LISTENING -> Wording.items(answer).stream()
                    .flatMap(item -> Sameness.ROLES.texts(item).stream()).toList();
            case ENABLERS, NON_ENABLERS, MEASURE -> Sameness.THEMES.texts(answer);
            default -> List.of();
        };
    }

    private TrendPoint point(CheckInAnswers checkIn, Grouper roles) {
        List<AnswerRecord> answers = coached(checkIn);
        List<Group> customers = roles.group(entries(answers, PromptKind.CUSTOMER, true));
        return new TrendPoint(checkIn.label(), checkIn.opened(),
                score(customers, respondentsTo(answers, PromptKind.CUSTOMER)),
                respondents(checkIn, members(checkIn)).size());
    }

    private static double score(List<Group> customers, int respondents) {
        return respondents == 0 || customers.isEmpty() ? 0 : (double) customers.get(0).count() / respondents;
    }

    /**
     * Answers with their flags; an imported answer is coached here as a chat would have coached it: it
     * gets the first rule that fires, in order of precedence.
     */
    private List<AnswerRecord> coached(CheckInAnswers checkIn) {
        List<String> names = members(checkIn);
        return checkIn.answers().stream().map(a -> a.flags() != null ? a : new AnswerRecord(a.member(), a.kind(),
                a.promptId(), a.text(), rules.firstNudge(new Prompt(a.promptId(), a.kind(), "", "", ""), a.text(),
                        new MemberContext(a.member(), List.of(), names), Set.of())
                        .map(n -> Set.of(n.ruleId())).orElse(Set.of()))).toList();
    }

    /** For each member, their latest answer of that kind (the first list item for customers). */
    private static List<Grouper.Entry> entries(List<AnswerRecord> answers, PromptKind kind, boolean firstItemOnly) {
        Map<String, AnswerRecord> latest = new LinkedHashMap<>();
        answers.stream().filter(a -> a.kind() == kind).forEach(a -> latest.put(a.member(), a));
        return latest.values().stream().map(a -> new Grouper.Entry(a.member(),
                firstItemOnly ? Wording.firstItem(a.text()) : a.text(), a.flags(), a.text())).toList();
    }

    /** Every item of each member's latest list answer of that kind ("vendors, the press and the board" is three). */
    private static List<Grouper.Entry> listEntries(List<AnswerRecord> answers, PromptKind kind) {
        Map<String, AnswerRecord> latest = new LinkedHashMap<>();
        answers.stream().filter(a -> a.kind() == kind).forEach(a -> latest.put(a.member(), a));
        List<Grouper.Entry> entries = new ArrayList<>();
        latest.values().forEach(a -> Wording.items(a.text())
                .forEach(item -> entries.add(new Grouper.Entry(a.member(), item, a.flags()))));
        return entries;
    }

    /** Each member's latest answer to each prompt, where they first answered it: what the member stands by now. */
    private static List<AnswerRecord> current(List<AnswerRecord> answers) {
        Map<MemberPrompt, AnswerRecord> latest = new LinkedHashMap<>();
        answers.forEach(a -> latest.put(new MemberPrompt(a.member(), a.promptId() == null ? a.kind().id() : a.promptId()), a));
        return List.copyOf(latest.values());
    }

    private record MemberPrompt(String member, String prompt) {
    }

    private static int respondentsTo(List<AnswerRecord> answers, PromptKind kind) {
        return (int) answers.stream().filter(a -> a.kind() == kind).map(AnswerRecord::member).distinct().count();
    }

    private static List<String> members(CheckInAnswers checkIn) {
        Set<String> all = new LinkedHashSet<>(checkIn.membersAsked());
        checkIn.answers().forEach(a -> all.add(a.member()));
        return List.copyOf(all);
    }

    private static List<String> respondents(CheckInAnswers checkIn, List<String> members) {
        Set<String> answered = checkIn.answers().stream().map(AnswerRecord::member).collect(Collectors.toSet());
        return members.stream().filter(answered::contains).toList();
    }

    /** Members who did not respond, in member order; a set look-up, as teams may have thousands of members. */
    /** Members away this week who gave no answer are counted apart from those who have not answered yet. */
    private static Participation participation(CheckInAnswers checkIn, List<String> members, List<String> respondents) {
        List<String> silent = notIn(members, respondents);
        Set<String> away = new HashSet<>(checkIn.membersAway());
        return new Participation(members.size(), respondents.size(),
                silent.stream().filter(m -> !away.contains(m)).toList(), silent.stream().filter(away::contains).toList());
    }

    private static List<String> notIn(List<String> members, List<String> respondents) {
        Set<String> responded = new HashSet<>(respondents);
        return members.stream().filter(m -> !responded.contains(m)).toList();
    }

    /**
     * Every known rule and every flag an answer carries, with how many answers and which members fell
     * into it, over the answers given (each member's latest to each prompt: a revised answer counts as revised). One
     * pass over the answers: a pass per rule read every answer's flags once per rule.
     */
    private static Map<String, FlagCount> flags(List<AnswerRecord> answers) {
        Map<String, FlagTally> tallies = new LinkedHashMap<>();
        CoachingRules.RULE_IDS.forEach(id -> tallies.put(id, new FlagTally()));
        for (AnswerRecord a : answers) {
            a.flags().forEach(id -> tallies.computeIfAbsent(id, k -> new FlagTally()).add(a.member()));
        }
        Map<String, FlagCount> flags = new LinkedHashMap<>();
        tallies.forEach((id, tally) -> flags.put(id, new FlagCount(tally.answers, List.copyOf(tally.members))));
        return flags;
    }

    /** The answers that fell into one flag so far, and their members in first-seen order. */
    private static final class FlagTally {
        private int answers;
        private final Set<String> members = new LinkedHashSet<>();

        void add(String member) {
            answers++;
            members.add(member);
        }
    }

}
