package com.claritycoach.app.serve;

import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import java.util.List;

/** A two-question discovery playbook, so that end-to-end tests reach the summary in a few steps. */
public final class TwoQuestions {
    public static final Playbook DISCOVERY = new Playbook("discovery", "Discovery", "Test discovery", List.of(
            new Prompt("outcome", PromptKind.OUTCOME, "What is the ultimate outcome?", "So we aim at one thing.",
                    "Shoppers find the right part first time."),
            new Prompt("customer", PromptKind.CUSTOMER, "Who is your ultimate customer?", "So we serve one person.",
                    "The mechanic who fits the part.")));

    private TwoQuestions() {
    }

    public static PlaybookCatalog catalog() {
        return new PlaybookCatalog(List.of(DISCOVERY));
    }
}
