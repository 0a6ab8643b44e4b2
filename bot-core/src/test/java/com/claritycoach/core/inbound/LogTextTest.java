package com.claritycoach.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {
    @Test
    void lineBreaksAndControlCharactersCannotStartAnotherLogLine() {
        String logged = LogText.of("access_denied\r\n2026-01-01 ERROR forged\u2028\u0000\u202E");

        assertThat(logged).doesNotContain("\r", "\n", "\u2028", "\u0000", "\u202E")
                .isEqualTo("\"access_denied\\u000D\\u000A2026-01-01 ERROR forged\\u2028\\u0000\\u202E\"");
    }

    @Test
    void quotesAndBackslashesAreEscapedSoTheValueCannotFakeItsOwnEnd() {
        assertThat(LogText.of("a\" state=\"ok\\u000A")).isEqualTo("\"a\\\" state=\\\"ok\\\\u000A\"");
    }

    @Test
    void longValuesAreCutAndSayHowLongTheyWere() {
        assertThat(LogText.of("x".repeat(5_000))).endsWith("\"…(5000 chars)").hasSize(LogText.MAX_CHARS + 2 + 13);
    }

    @Test
    void absentValueIsNamedAsSuch() {
        assertThat(LogText.of(null)).isEqualTo("null");
    }

    @Test
    void ordinaryTextInAnyScriptIsKept() {
        assertThat(LogText.of("état 顾客")).isEqualTo("\"état 顾客\"");
    }
}
