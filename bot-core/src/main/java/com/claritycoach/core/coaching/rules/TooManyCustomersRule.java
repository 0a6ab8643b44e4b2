package com.claritycoach.core.coaching.rules;

import com.claritycoach.core.coaching.CoachingRule;
import com.claritycoach.core.coaching.MemberContext;
import com.claritycoach.core.coaching.Nudge;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list of more than three customers keeps everyone comfortable and helps nobody choose. A piece
 * that starts with "with", "who", "for"… describes the customer before it rather than naming another
 * ("the freelancer filing her own return, w/ 3 1099s and a shoebox of receipts" names one).
 */
public final class TooManyCustomersRule implements CoachingRule {
    public static final String ID = "too-many";
    static final int MOST = 3;

    private static final Pattern SEPARATORS = Pattern.compile("[,;/&+\\n\\u2022]|(?<![\\p{L}])(?:and|or|plus)(?![\\p{L}])");
    private static final Pattern BULLET = Pattern.compile("^[-*\\d.)\\s]+");
    private static final Pattern WITH = Pattern.compile("(?<![\\p{L}])w/");
    private static final Pattern DESCRIBES = Pattern.compile("^(?:with|who|whose|that|which|for|at|in|from|of|"
            + "including|incl|especially|e\\.g|like)(?![\\p{L}])");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<PromptKind> appliesTo() {
        return EnumSet.of(PromptKind.CUSTOMER, PromptKind.CUSTOMERS_CUSTOMER);
    }

    @Override
    public Optional<Nudge> check(Prompt prompt, String answer, MemberContext context) {
        long named = count(answer);
        if (named <= MOST) {
            return Optional.empty();
        }
        return Optional.of(new Nudge(ID,
                "That names " + named + " customers. A long list feels safe, but it does not help the team choose "
                        + "whose success comes first.",
                "Which one of them is the primary customer, the one whose success matters most? "
                        + "The others can be supporting customers."));
    }

    static long count(String answer) {
        String text = WITH.matcher(answer.toLowerCase(Locale.ROOT)).replaceAll("with ");
        return Arrays.stream(SEPARATORS.split(text))
                .map(part -> BULLET.matcher(part.strip()).replaceFirst("").strip())
                .filter(part -> part.codePoints().anyMatch(Character::isLetter))
                .filter(part -> !DESCRIBES.matcher(part).find())
                .count();
    }
}
