package com.claritycoach.core.engine;

import com.claritycoach.core.inbound.ButtonAction;
import java.util.Locale;
import java.util.Optional;

/** The words a member can type (or press as buttons) to steer their own conversation. */
enum MemberWord {
    SKIP,
    BACK,
    PAUSE,
    RESUME,
    KEEP,
    MY_ANSWERS,
    FORGET_ME,
    FORGET_ME_CONFIRMED,
    NO_REMINDERS,
    REMINDERS_ON,
    SKIP_THIS_WEEK,
    HELP;

    /** The steering word the whole message is, if it is one (case and a leading slash ignored). */
    static Optional<MemberWord> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("^/+", "").replaceAll("[.!]+$", "")
                .replaceAll("\\s+", " ");
        return Optional.ofNullable(switch (t) {
            case "skip" -> SKIP;
            case "back" -> BACK;
            case "pause" -> PAUSE;
            case "resume", "continue" -> RESUME;
            case "keep" -> KEEP;
            case "my answers" -> MY_ANSWERS;
            case "forget me" -> FORGET_ME;
            case "forget me yes", "forget me confirm" -> FORGET_ME_CONFIRMED;
            case "no reminders", "reminders off" -> NO_REMINDERS;
            case "reminders on" -> REMINDERS_ON;
            case "skip this week", "out of office" -> SKIP_THIS_WEEK;
            case "help", "?help" -> HELP;
            default -> null;
        });
    }

    static MemberWord of(ButtonAction action) {
        return switch (action) {
            case SKIP -> SKIP;
            case BACK -> BACK;
            case PAUSE -> PAUSE;
            case RESUME -> RESUME;
            case KEEP -> KEEP;
            case FORGET_CONFIRM -> FORGET_ME_CONFIRMED;
        };
    }
}
