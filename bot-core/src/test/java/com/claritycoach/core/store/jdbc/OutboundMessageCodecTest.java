package com.claritycoach.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.store.CoachStoreContract.OutboxSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundMessageCodecTest {

    private final OutboundMessageCodec codec = new OutboundMessageCodec();

    @Test
    void everyDestinationAndPartRoundTrips() {
        for (OutboundMessage message : OutboxSamples.everyKind()) {
            assertThat(codec.decode(codec.encode(message))).usingRecursiveComparison().isEqualTo(message);
        }
    }

    @Test
    void chartBytesSurviveExactly() {
        OutboundMessage withChart = OutboxSamples.everyKind().stream()
                .filter(message -> message.part(MessagePart.SummaryPart.class).map(p -> p.chartPng() != null).orElse(false))
                .findFirst().orElseThrow();

        MessagePart.SummaryPart decoded = codec.decode(codec.encode(withChart)).part(MessagePart.SummaryPart.class)
                .orElseThrow();

        assertThat(decoded.chartPng()).isEqualTo(withChart.part(MessagePart.SummaryPart.class).orElseThrow().chartPng());
    }

    @Test
    void anExportFileOfAnyLengthSurvivesTheOutboxWhole() {
        String csv = "checkin,member,prompt,answer\n" + "23 Nov 2026 09:00:00 UTC #1,ana,customer,\"Ärzte, „wirklich“ 🧑‍🔧\"\n"
                .repeat(2_000);
        OutboundMessage message = new OutboundMessage(OutboxSamples.everyKind().get(0).to(), "Answers of product",
                List.of(new MessagePart.ExportPart("Answers of product", "answers-product-20261123-090000.csv", csv)));

        String json = codec.encode(message);
        MessagePart.ExportPart decoded = codec.decode(json).part(MessagePart.ExportPart.class).orElseThrow();

        assertThat(json).contains("\"type\":\"export\"");
        assertThat(decoded.fileName()).isEqualTo("answers-product-20261123-090000.csv");
        assertThat(decoded.bytes()).isEqualTo(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeGreaterThan(100_000);
    }

    @Test
    void anExportQueuedBeforeExportsWereFilesReadsWithADefaultFileName() {
        String queuedEarlier = "{\"to\":{\"type\":\"direct\",\"member\":{\"tenant\":{\"platform\":\"SLACK\","
                + "\"id\":\"T1\"},\"userId\":\"U1\"}},\"text\":\"Answers\",\"parts\":[{\"type\":\"export\","
                + "\"intro\":\"Answers\",\"csv\":\"checkin,member,prompt,answer\\n\"}]}";

        MessagePart.ExportPart export = codec.decode(queuedEarlier).part(MessagePart.ExportPart.class).orElseThrow();

        assertThat(export.fileName()).isEqualTo(MessagePart.ExportPart.DEFAULT_FILE_NAME);
        assertThat(export.csv()).isEqualTo("checkin,member,prompt,answer\n");
    }

    @Test
    void typesAreWrittenAsStableIds() {
        List<String> json = OutboxSamples.everyKind().stream().map(codec::encode).toList();

        assertThat(String.join("\n", json))
                .contains("\"type\":\"direct\"", "\"type\":\"channel\"", "\"type\":\"private-reply\"",
                        "\"type\":\"prompt\"", "\"type\":\"nudge\"", "\"type\":\"choices\"", "\"type\":\"summary\"")
                .doesNotContain("com.claritycoach");
    }

    @Test
    void aSummaryQueuedBeforeSummariesAskedAboutPairsReadsWithNoPairs() {
        String queuedEarlier = "{\"to\":{\"type\":\"channel\",\"team\":{\"tenant\":{\"platform\":\"SLACK\","
                + "\"id\":\"T1\"},\"channelId\":\"C1\"}},\"text\":\"Summary\",\"parts\":[{\"type\":\"summary\","
                + "\"title\":\"Alignment summary\",\"headline\":\"2 of 3 agree\",\"sections\":[],\"chartPng\":null}]}";

        MessagePart.SummaryPart summary = codec.decode(queuedEarlier).part(MessagePart.SummaryPart.class).orElseThrow();

        assertThat(summary.headline()).isEqualTo("2 of 3 agree");
        assertThat(summary.undecided()).isEmpty();
    }

    @Test
    void unreadableJsonIsRefusedClearly() {
        assertThatThrownBy(() -> codec.decode("{\"to\":{\"type\":\"carrier-pigeon\"},\"text\":\"hi\",\"parts\":[]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot read the outbound message JSON");
    }
}
