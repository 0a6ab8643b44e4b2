package com.claritycoach.core.alignment;

import java.util.List;

/** Who was asked and who answered at least one question. */
public record Participation(int asked, int respondents, List<String> nonRespondents) {
    public Participation {
        nonRespondents = List.copyOf(nonRespondents);
    }
}
