package com.claritycoach.core.engine;

import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.Prompt;
import java.util.List;

/** Lays out a coaching question the same way everywhere: the question, why we ask, an example, the steering words. */
final class PromptPresenter {
    private PromptPresenter() {
    }

    /** @param scope what its buttons belong to ({@link ButtonScopes#question}) */
    static OutboundMessage prompt(Destination to, String teamName, Playbook playbook, int index, String currentAnswer,
                                  String scope) {
        Prompt prompt = playbook.prompt(index);
        StringBuilder text = new StringBuilder()
                .append("Question ").append(index + 1).append(" of ").append(playbook.size())
                .append(" (").append(teamName).append("): ").append(prompt.text());
        if (!prompt.why().isBlank()) {
            text.append("\nWhy we ask: ").append(prompt.why());
        }
        if (!prompt.example().isBlank()) {
            text.append("\nFor example: ").append(prompt.example());
        }
        if (currentAnswer != null) {
            text.append("\nYour answer so far: \"").append(currentAnswer).append("\" (type a new one, or skip to keep it)");
        }
        text.append("\nType your answer, or say skip, back or pause.");
        return new OutboundMessage(to, text.toString(), List.of(
                new MessagePart.PromptPart(teamName, index + 1, playbook.size(), prompt, currentAnswer),
                new MessagePart.ChoicesPart(List.of(ButtonAction.SKIP, ButtonAction.BACK, ButtonAction.PAUSE), scope)));
    }
}
