package com.claritycoach.core.alignment;

import java.time.Instant;
import java.util.List;

/**
 * The answers of one check-in.
 *
 * @param label how the check-in is named in trends (a date or a label from a spreadsheet)
 * @param opened when it opened, if known
 * @param membersAsked everyone who was asked, answered or not (display names)
 */
public record CheckInAnswers(String label, Instant opened, List<String> membersAsked, List<AnswerRecord> answers) {
    public CheckInAnswers {
        membersAsked = List.copyOf(membersAsked);
        answers = List.copyOf(answers);
    }
}
