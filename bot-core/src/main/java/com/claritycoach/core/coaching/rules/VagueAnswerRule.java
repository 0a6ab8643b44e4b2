package com.claritycoach.core.coaching.rules;

import com.claritycoach.core.coaching.CoachingRule;
import com.claritycoach.core.coaching.MemberContext;
import com.claritycoach.core.coaching.Nudge;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** "idk", "n/a", "?" or a lone word where a sentence is asked: the answer gives the team nothing to align on. */
public final class VagueAnswerRule implements CoachingRule {
    public static final String ID = "vague";

    private static final Set<String> NON_ANSWERS = Set.of(
            "idk", "i don't know", "i dont know", "dont know", "don't know", "dunno", "no idea", "not sure", "unsure",
            "n/a", "na", "none", "nothing", "nobody", "no one", "tbd", "tba", "whatever", "pass", "no clue",
            "good question", "hmm", "ok", "okay", "yes", "no", "same", "same as before", "see above", "?", "-");

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
}
