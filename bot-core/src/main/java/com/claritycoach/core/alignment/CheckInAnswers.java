package com.claritycoach.core.alignment;

import java.time.Instant;
import java.util.List;

/**
 * The answers of one check-in.
 *
 * @param label how the check-in is named in trends (a date or a label from a spreadsheet)
 * @param opened when it opened, if known
 * @param membersAsked everyone who was asked, answered or not (display names)
 * @param membersAway those asked who said they are away this week ({@code skip this week})
 */
public record CheckInAnswers(String label, Instant opened, List<String> membersAsked, List<String> membersAway,
                             List<AnswerRecord> answers) {
    public CheckInAnswers {
        membersAsked = List.copyOf(membersAsked);
        membersAway = List.copyOf(membersAway);
        answers = List.copyOf(answers);
    }

    /** Answers gathered where nobody says they are away (a spreadsheet, a form). */
    public CheckInAnswers(String label, Instant opened, List<String> membersAsked, List<AnswerRecord> answers) {
        this(label, opened, membersAsked, List.of(), answers);
    }
}
