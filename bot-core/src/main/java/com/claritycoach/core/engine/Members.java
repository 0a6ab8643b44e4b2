package com.claritycoach.core.engine;

import com.claritycoach.core.domain.TeamMember;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a team member from what a manager typed: a name, an {@code @name}, or a platform mention. */
final class Members {
    private static final Pattern SLACK_MENTION = Pattern.compile("^<@([A-Za-z0-9]+)(?:\\|[^>]*)?>$");

    private Members() {
    }

    static Optional<TeamMember> find(List<TeamMember> members, String typed) {
        String wanted = typed.strip();
        Matcher mention = SLACK_MENTION.matcher(wanted);
        if (mention.matches()) {
            wanted = mention.group(1);
        }
        String key = wanted.replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        return members.stream()
                .filter(m -> m.ref().userId().toLowerCase(Locale.ROOT).equals(key)
                        || m.profile().displayName().toLowerCase(Locale.ROOT).equals(key))
                .findFirst();
    }

    static String names(List<TeamMember> members) {
        return String.join(", ", members.stream().map(m -> m.profile().displayName()).toList());
    }
}
