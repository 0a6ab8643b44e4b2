package com.claritycoach.core.playbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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

    /** Ids are typed after {@code start} and written to CSV and JSON, so they stay one plain word. */
    private static final List<String> PLAYBOOK_KEYS = List.of("id", "title", "description", "prompts");
    private static final List<String> PROMPT_KEYS = List.of("id", "kind", "text", "why", "example");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
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
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new PlaybookException("playbook file " + file + ": is not UTF-8 text", e);
        } catch (IOException e) {
            throw new PlaybookException("playbook file " + file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(file.toString(), content, file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"));
    }

    static List<Path> filesIn(Path dir) {
        if (!Files.exists(dir)) {
            throw new PlaybookException("playbooks folder " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new PlaybookException("playbooks folder " + dir + " is not a folder");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(PlaybookLoader::isPlaybookFile).sorted().toList();
        } catch (IOException e) {
            throw new PlaybookException("playbooks folder " + dir + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    static Playbook parse(String source, InputStream in, boolean json) {
        try {
            return parse(source, new String(in.readAllBytes(), StandardCharsets.UTF_8), json);
        } catch (IOException e) {
            throw new PlaybookException("playbook file " + source + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static Playbook parse(String source, String content, boolean json) {
        String where = "playbook file " + source + ": ";
        if (content.isBlank()) {
            throw new PlaybookException(where + "is empty");
        }
        ObjectMapper mapper = json ? JSON : YAML;
        PlaybookFile file;
        try {
            if (!checkKeys(where, mapper, content)) {
                throw new PlaybookException(where + "is empty");
            }
            file = mapper.readValue(content, PlaybookFile.class);
        } catch (MismatchedInputException e) {
            throw new PlaybookException(where + in(e.getPath()) + "expected " + shape(e) + at(e.getLocation()), e);
        } catch (JsonProcessingException e) {
            throw new PlaybookException(where + "not valid " + (json ? "JSON" : "YAML") + at(e.getLocation()) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        if (file == null) {
            throw new PlaybookException(where + "is empty");
        }
        return validate(source, file);
    }

    /**
     * Refuses unknown keys with the line they are on (binding to records only notices them at the
     * end of the enclosing block); false when the file holds no document at all.
     */
    private static boolean checkKeys(String where, ObjectMapper mapper, String content) throws JsonProcessingException {
        try (JsonParser parser = mapper.createParser(content)) {
            if (parser.nextToken() == null) {
                return false;
            }
            for (JsonToken token = parser.currentToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    checkKey(where, parser);
                }
            }
            return true;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new PlaybookException(where + "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static void checkKey(String where, JsonParser parser) throws IOException {
        JsonStreamContext object = parser.getParsingContext();
        JsonStreamContext parent = object.getParent();
        List<String> allowed;
        String place;
        if (parent.inRoot()) {
            allowed = PLAYBOOK_KEYS;
            place = "";
        } else if (parent.inArray() && parent.getParent().inObject() && parent.getParent().getParent().inRoot()
                && "prompts".equals(parent.getParent().getCurrentName())) {
            allowed = PROMPT_KEYS;
            place = "prompt " + (parent.getCurrentIndex() + 1) + ": ";
        } else {
            return;
        }
        String key = parser.currentName();
        if (!allowed.contains(key)) {
            throw new PlaybookException(where + place + "unknown key '" + key + "'" + at(parser.currentTokenLocation())
                    + " (allowed: " + String.join(", ", allowed) + ")");
        }
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " at line " + location.getLineNr();
    }

    /** "prompt 2, 'text': " for where a problem sits; empty at the top of the file. */
    private static String in(List<JsonMappingException.Reference> path) {
        List<String> steps = new ArrayList<>();
        for (JsonMappingException.Reference step : path) {
            if (step.getIndex() >= 0) {
                steps.remove("'prompts'");
                steps.add("prompt " + (step.getIndex() + 1));
            } else if (step.getFieldName() != null) {
                steps.add("'" + step.getFieldName() + "'");
            }
        }
        return steps.isEmpty() ? "" : String.join(", ", steps) + ": ";
    }

    private static String shape(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "a different kind of value";
        }
        if (target == String.class) {
            return "plain text";
        }
        if (List.class.isAssignableFrom(target)) {
            return "a list of prompts";
        }
        if (target == PromptFile.class) {
            return "a prompt with the keys id, kind, text, why, example";
        }
        if (target == PlaybookFile.class) {
            return "a playbook with the keys id, title, description, prompts";
        }
        return "a different kind of value";
    }

    private static Playbook validate(String source, PlaybookFile file) {
        String where = "playbook file " + source + ": ";
        require(file.id(), where + "missing 'id'");
        if (!ID.matcher(file.id().strip()).matches()) {
            throw new PlaybookException(where + "id '" + file.id().strip()
                    + "' must be one word of letters, digits, '-' or '_' (members type it after start)");
        }
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
            which += " ('" + p.id().strip() + "')";
            if (!ID.matcher(p.id().strip()).matches()) {
                throw new PlaybookException(which + " has an id that is not one word of letters, digits, '-' or '_'");
            }
            require(p.kind(), which + " is missing 'kind'");
            require(p.text(), which + " is missing 'text'");
            String promptWhere = which;
            PromptKind kind = PromptKind.fromId(p.kind()).orElseThrow(() -> new PlaybookException(promptWhere
                    + " has unknown kind '" + p.kind() + "' (expected one of: "
                    + Arrays.stream(PromptKind.values()).map(PromptKind::id).collect(Collectors.joining(", ")) + ")"));
            if (!ids.add(p.id().strip().toLowerCase(Locale.ROOT))) {
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
