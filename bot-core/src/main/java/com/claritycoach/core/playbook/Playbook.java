package com.claritycoach.core.playbook;

import java.util.List;
import java.util.Optional;

/** An ordered list of prompts a check-in walks every member through. */
public record Playbook(String id, String title, String description, List<Prompt> prompts) {
    public Playbook {
        prompts = List.copyOf(prompts);
        if (prompts.isEmpty()) {
            throw new IllegalArgumentException("a playbook needs at least one prompt");
        }
    }

    public int size() {
        return prompts.size();
    }

    public Prompt prompt(int index) {
        return prompts.get(index);
    }

    public Optional<Prompt> promptById(String promptId) {
        return prompts.stream().filter(p -> p.id().equals(promptId)).findFirst();
    }

    public int indexOf(String promptId) {
        for (int i = 0; i < prompts.size(); i++) {
            if (prompts.get(i).id().equals(promptId)) {
                return i;
            }
        }
        return -1;
    }
}
