package com.claritycoach.core.playbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The playbooks a deployment offers: the built-in ones plus any from {@code COACH_PLAYBOOKS_DIR}. */
public final class PlaybookCatalog {
    public static final String DISCOVERY = "discovery";
    public static final String WEEKLY = "weekly";

    private static final List<String> BUILT_IN = List.of(DISCOVERY, WEEKLY);

    private final List<Playbook> playbooks;

    public PlaybookCatalog(List<Playbook> playbooks) {
        this.playbooks = List.copyOf(playbooks);
    }

    /** The built-in playbooks only. */
    public static PlaybookCatalog builtIn() {
        return new PlaybookCatalog(builtIns());
    }

    /**
     * The built-in playbooks plus every {@code *.yaml}, {@code *.yml} and {@code *.json} file in
     * {@code extraDir} (when not null); a file with the id of a built-in one replaces it.
     *
     * @throws PlaybookException naming the file and the problem
     */
    public static PlaybookCatalog load(Path extraDir) {
        Map<String, Playbook> byId = new LinkedHashMap<>();
        builtIns().forEach(p -> byId.put(key(p.id()), p));
        if (extraDir != null) {
            Map<String, Path> seenIn = new HashMap<>();
            for (Path file : PlaybookLoader.filesIn(extraDir)) {
                Playbook playbook = PlaybookLoader.load(file);
                Path earlier = seenIn.put(key(playbook.id()), file);
                if (earlier != null) {
                    throw new PlaybookException("playbook file " + file + ": id '" + playbook.id()
                            + "' is already used by " + earlier);
                }
                byId.put(key(playbook.id()), playbook);
            }
        }
        return new PlaybookCatalog(List.copyOf(byId.values()));
    }

    /** Members type ids in any case, so "Weekly" in a file replaces the built-in "weekly". */
    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    private static List<Playbook> builtIns() {
        return BUILT_IN.stream().map(PlaybookCatalog::resource).toList();
    }

    private static Playbook resource(String id) {
        String path = "playbooks/" + id + ".yaml";
        try (InputStream in = PlaybookCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new PlaybookException("built-in playbook " + path + " is missing from the class path");
            }
            return PlaybookLoader.parse("classpath:" + path, in, false);
        } catch (IOException e) {
            throw new PlaybookException("built-in playbook " + path + ": " + e.getMessage(), e);
        }
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
