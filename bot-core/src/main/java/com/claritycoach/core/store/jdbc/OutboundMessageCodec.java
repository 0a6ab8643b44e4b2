package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.OutboundMessage;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link OutboundMessage} as JSON so that the outbox row holds the whole message, and
 * reads it back. The sealed destination and part types carry short, stable type ids, so renaming
 * a Java class does not strand messages already queued.
 */
public final class OutboundMessageCodec {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addMixIn(Destination.class, DestinationTypes.class)
            .addMixIn(MessagePart.class, PartTypes.class)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String encode(OutboundMessage message) {
        try {
            return mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the outbound message as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** @throws IllegalArgumentException when {@code json} is not a message this codec wrote */
    public OutboundMessage decode(String json) {
        try {
            return mapper.readValue(json, OutboundMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot read the outbound message JSON: " + e.getOriginalMessage(), e);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Destination.DirectMessage.class, name = "direct"),
        @JsonSubTypes.Type(value = Destination.ChannelPost.class, name = "channel"),
        @JsonSubTypes.Type(value = Destination.PrivateReply.class, name = "private-reply")
    })
    private interface DestinationTypes {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = MessagePart.PromptPart.class, name = "prompt"),
        @JsonSubTypes.Type(value = MessagePart.NudgePart.class, name = "nudge"),
        @JsonSubTypes.Type(value = MessagePart.ChoicesPart.class, name = "choices"),
        @JsonSubTypes.Type(value = MessagePart.SummaryPart.class, name = "summary"),
        @JsonSubTypes.Type(value = MessagePart.AnswersPart.class, name = "answers"),
        @JsonSubTypes.Type(value = MessagePart.ExportPart.class, name = "export")
    })
    private interface PartTypes {
    }
}
