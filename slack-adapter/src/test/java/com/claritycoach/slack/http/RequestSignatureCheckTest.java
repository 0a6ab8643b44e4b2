package com.claritycoach.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RequestSignatureCheckTest {
    private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");
    private final RequestSignatureCheck check =
            new RequestSignatureCheck("8f742231b10e8888abcd99yyyzzz85a5", Clock.fixed(NOW, ZoneOffset.UTC));
    private final byte[] body = "token=x&command=%2Fcoach".getBytes(StandardCharsets.UTF_8);

    @Test
    void acceptsSlacksSignatureWithinFiveMinutesEitherWay() {
        for (long offset : new long[] {-300, 0, 300}) {
            String ts = String.valueOf(NOW.getEpochSecond() + offset);
            assertThat(check.isValid(ts, check.sign(ts, body), body)).as("offset %d", offset).isTrue();
        }
    }

    @Test
    void rejectsOldFutureTamperedAndMalformedRequests() {
        String old = String.valueOf(NOW.getEpochSecond() - 301);
        String future = String.valueOf(NOW.getEpochSecond() + 301);
        String ts = String.valueOf(NOW.getEpochSecond());

        assertThat(check.isValid(old, check.sign(old, body), body)).isFalse();
        assertThat(check.isValid(future, check.sign(future, body), body)).isFalse();
        assertThat(check.isValid(ts, check.sign(ts, body), "token=y".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(check.isValid("soon", check.sign(ts, body), body)).isFalse();
        assertThat(check.isValid(ts, "sha256=abc", body)).isFalse();
        assertThat(check.isValid(null, null, body)).isFalse();
    }

    @Test
    void signsLikeSlacksDocumentedExample() {
        RequestSignatureCheck slackExample = new RequestSignatureCheck("8f742231b10e8888abcd99yyyzzz85a5",
                Clock.fixed(Instant.ofEpochSecond(1531420618), ZoneOffset.UTC));
        byte[] example = ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c").getBytes(StandardCharsets.UTF_8);

        assertThat(slackExample.sign("1531420618", example))
                .isEqualTo("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");
    }
}
