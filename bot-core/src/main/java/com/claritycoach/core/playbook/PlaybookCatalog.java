package com.claritycoach.core.playbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The playbooks a deployment offers: the built-in ones plus any from {@code COACH_PLAYBOOKS_DIR}. */
public final class PlaybookCatalog {
    public static final String DISCOVERY = "discovery";
    public static final String WEEKLY = "weekly";

    private final List<Playbook> playbooks;

    public PlaybookCatalog(List<Playbook> playbooks) {
        this.playbooks = List.copyOf(playbooks);
    }

    /** The built-in playbooks only. */
    public static PlaybookCatalog builtIn() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The built-in playbooks plus every {@code *.yaml}, {@code *.yml} and {@code *.json} file in
     * {@code extraDir} (when not null); a file with the id of a built-in one replaces it.
     *
     * @throws PlaybookException naming the file and the problem
     */
    public static PlaybookCatalog load(Path extraDir) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<Playbook> find(String id) {
        return playbooks.stream().filter(p -> p.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    /** The playbook a first check-in uses when none is named. */
    public Playbook defaultPlaybook() {
        return find(DISCOVERY).orElse(playbooks.get(0));
    }

    public List<Playbook> all() {
        return playbooks;
    }
}
