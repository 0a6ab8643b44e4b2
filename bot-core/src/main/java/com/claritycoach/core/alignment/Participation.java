package com.claritycoach.core.alignment;

import java.util.List;

/**
 * Who was asked and who answered at least one question.
 *
 * @param nonRespondents those who have not answered and are not away
 * @param away those who have not answered because they said they are away this week
 */
public record Participation(int asked, int respondents, List<String> nonRespondents, List<String> away) {
    public Participation {
        nonRespondents = List.copyOf(nonRespondents);
        away = List.copyOf(away);
    }
}
