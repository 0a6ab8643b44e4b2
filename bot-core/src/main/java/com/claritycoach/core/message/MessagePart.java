package com.claritycoach.core.message;

import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.playbook.Prompt;
import java.util.List;

/**
 * Structure an adapter may render natively (Block Kit, Adaptive Cards). The message's plain text
 * always says the same thing, so a renderer may ignore parts it does not know.
 */
public sealed interface MessagePart
        permits MessagePart.PromptPart, MessagePart.NudgePart, MessagePart.ChoicesPart, MessagePart.SummaryPart {

    /** A coaching question: "Question {number} of {total}" for the check-in of {teamName}. */
    record PromptPart(String teamName, int number, int total, Prompt prompt, String currentAnswer) implements MessagePart {
    }

    /** A coaching rule's reply to an answer. */
    record NudgePart(String ruleId, String explanation, String followUp, String answer) implements MessagePart {
    }

    /** Buttons that do what the matching typed word does. */
    record ChoicesPart(List<ButtonAction> actions) implements MessagePart {
        public ChoicesPart {
            actions = List.copyOf(actions);
        }
    }

    /**
     * A team summary, already laid out: a title, a one-line headline, sections of plain-text lines,
     * and an optional chart. Every string here is plain text that may contain member wording, so
     * renderers escape it.
     */
    record SummaryPart(String title, String headline, List<Section> sections, byte[] chartPng) implements MessagePart {
        public SummaryPart {
            sections = List.copyOf(sections);
        }

        /** One block of the summary, e.g. "Ultimate customer" with one line per group. */
        public record Section(String heading, List<String> lines) {
            public Section {
                lines = List.copyOf(lines);
            }
        }
    }
}
