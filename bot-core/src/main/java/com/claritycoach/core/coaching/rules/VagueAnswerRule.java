package com.claritycoach.core.coaching.rules;

import com.claritycoach.core.coaching.CoachingRule;
import com.claritycoach.core.coaching.MemberContext;
import com.claritycoach.core.coaching.Nudge;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * "idk", "n/a", "?" or a lone word where a sentence is asked: the answer gives the team nothing to align
 * on. Hedges around a non-answer do not make it one ("hmm not sure tbh"), nor does an excuse after it
 * ("not sure yet, only my second week"); a guess after it does ("not sure, maybe the ward nurse").
 */
public final class VagueAnswerRule implements CoachingRule {
    public static final String ID = "vague";

    /** Ways of saying "I don't know"; an excuse after one still leaves the question open. */
    private static final Set<String> DONT_KNOW = Set.of(
            "idk", "i don't know", "i dont know", "dont know", "don't know", "dunno", "no idea", "not sure", "unsure",
            "no clue", "i'm not sure", "im not sure", "not really sure", "i have no idea", "not a clue", "beats me",
            "can't say", "hard to say", "haven't thought about it", "never thought about it");
    private static final Set<String> NON_ANSWERS = Stream.concat(DONT_KNOW.stream(), Stream.of(
            "n/a", "na", "none", "nothing", "nobody", "no one", "tbd", "tba", "tbc", "whatever", "pass",
            "good question", "hmm", "ok", "okay", "yes", "no", "same", "same as before", "see above", "?", "-"))
            .collect(Collectors.toUnmodifiableSet());
    /** After an "I don't know", words that offer a guess or name someone after all. */
    private static final Pattern GUESS = Pattern.compile("\\?|\\b(?:maybe|perhaps|probably|possibly|likely|i think|"
            + "i guess|i'd say|could be|might be)\\b|^(?:the|a|an|our|my|their)\\b");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<PromptKind> appliesTo() {
        return EnumSet.allOf(PromptKind.class);
    }

    @Override
    public Optional<Nudge> check(Prompt prompt, String answer, MemberContext context) {
        AnswerText text = new AnswerText(answer);
        boolean vague = !text.hasLetterOrDigit()
                || NON_ANSWERS.contains(text.trimmed())
                || NON_ANSWERS.contains(text.unhedged())
                || excusedNonAnswer(text)
                || (prompt.kind().expectsSentence() && text.words().size() == 1);
        if (!vague) {
            return Optional.empty();
        }
        String example = prompt.example().isBlank() ? "A sentence or two is plenty."
                : "For example: \"" + prompt.example() + "\"";
        return Optional.of(new Nudge(ID,
                "That answer is too short for your team to build on; a few concrete words make all the difference.",
                "Could you say a little more? " + example));
    }

    /** "I don't know" first, then only an excuse: "not sure yet, only my second week". */
    private static boolean excusedNonAnswer(AnswerText text) {
        return DONT_KNOW.contains(text.head()) && !GUESS.matcher(text.afterHead()).find();
    }
}
