package com.claritycoach.core.csv;

import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import java.util.List;
import java.util.Optional;

/** Tells what kind of question a spreadsheet's {@code prompt} cell names: a kind id, or a playbook prompt id. */
@FunctionalInterface
public interface PromptResolver {

    Optional<PromptKind> kindOf(String prompt);

    /** Kind ids ({@code customer}, {@code not-customer}…) and the prompt ids of the catalog's playbooks. */
    static PromptResolver of(PlaybookCatalog catalog) {
        return prompt -> PromptKind.fromId(prompt).or(() -> catalog.all().stream()
                .map(Playbook::prompts).flatMap(List::stream)
                .filter(p -> p.id().equalsIgnoreCase(prompt.strip())).map(Prompt::kind).findFirst());
    }
}
