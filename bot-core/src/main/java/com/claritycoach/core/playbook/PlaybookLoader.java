package com.claritycoach.core.playbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads playbook files (YAML or JSON) and checks them strictly, so a team's typo is reported with
 * the file and the problem instead of silently changing what members are asked.
 */
final class PlaybookLoader {
    private static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()));
    private static final ObjectMapper JSON = configure(new ObjectMapper());

    private PlaybookLoader() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The file layout: what a team writes. */
    private record PlaybookFile(String id, String title, String description, List<PromptFile> prompts) {
    }

    private record PromptFile(String id, String kind, String text, String why, String example) {
    }

    static boolean isPlaybookFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    static Playbook load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in, file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"));
        } catch (IOException e) {
            throw new PlaybookException("playbook file " + file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static List<Path> filesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new PlaybookException("playbooks folder " + dir + " does not exist or is not a folder");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(PlaybookLoader::isPlaybookFile).sorted().toList();
        } catch (IOException e) {
            throw new PlaybookException("playbooks folder " + dir + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    static Playbook parse(String source, InputStream in, boolean json) {
        PlaybookFile file;
        try {
            file = (json ? JSON : YAML).readValue(in, PlaybookFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new PlaybookException("playbook file " + source + ": unknown key '" + e.getPropertyName() + "'"
                    + at(e.getLocation()) + " (allowed: " + e.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", ")) + ")", e);
        } catch (JsonProcessingException e) {
            throw new PlaybookException("playbook file " + source + ": not valid " + (json ? "JSON" : "YAML")
                    + at(e.getLocation()) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new PlaybookException("playbook file " + source + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (file == null) {
            throw new PlaybookException("playbook file " + source + ": is empty");
        }
        return validate(source, file);
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " at line " + location.getLineNr();
    }

    private static Playbook validate(String source, PlaybookFile file) {
        String where = "playbook file " + source + ": ";
        require(file.id(), where + "missing 'id'");
        require(file.title(), where + "missing 'title'");
        if (file.prompts() == null || file.prompts().isEmpty()) {
            throw new PlaybookException(where + "has no prompts (add a 'prompts' list)");
        }
        List<Prompt> prompts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < file.prompts().size(); i++) {
            PromptFile p = file.prompts().get(i);
            String which = where + "prompt " + (i + 1);
            if (p == null) {
                throw new PlaybookException(which + " is empty");
            }
            require(p.id(), which + " is missing 'id'");
            which += " ('" + p.id() + "')";
            require(p.kind(), which + " is missing 'kind'");
            require(p.text(), which + " is missing 'text'");
            String promptWhere = which;
            PromptKind kind = PromptKind.fromId(p.kind()).orElseThrow(() -> new PlaybookException(promptWhere
                    + " has unknown kind '" + p.kind() + "' (expected one of: "
                    + Arrays.stream(PromptKind.values()).map(PromptKind::id).collect(Collectors.joining(", ")) + ")"));
            if (!ids.add(p.id().strip())) {
                throw new PlaybookException(which + " repeats an id used earlier in the file");
            }
            prompts.add(new Prompt(p.id().strip(), kind, p.text().strip(), strip(p.why()), strip(p.example())));
        }
        return new Playbook(file.id().strip(), file.title().strip(), strip(file.description()), prompts);
    }

    private static void require(String value, String problem) {
        if (value == null || value.isBlank()) {
            throw new PlaybookException(problem);
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
