package com.claritycoach.core.coaching.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An answer as the rules read it: lower case, plain quotes, single spaces, no surrounding
 * punctuation or emoji, and optionally without a leading article or possessive ("the", "our", "my"…).
 *
 * <p>People type the customer first and then hedge or explain ("the business tbh, they want the
 * numbers", "the robot lol – if it's down, nothing ships"), so the rules that judge <em>what</em> is
 * named read the {@link #head() head} (the first clause without its hedges) or its
 * {@link #nounPhrase() noun phrase} (the head up to a preposition or relative clause), not the
 * whole answer.
 */
final class AnswerText {
    private static final Pattern LEADING = Pattern.compile("^(?:(?:the|our|my|a|an|their|your|all of)\\s+)+");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern LEADING_EDGE = Pattern.compile("^[^\\p{L}\\p{N}]+");
    /** Words that soften an answer without changing what it names. */
    private static final String HEDGE = "tbh|tbf|ngl|lol|lmao|haha+|hehe|honestly|really|sorry|hmm+|um+|uh+|er|yet|atm|"
            + "tho|though|i guess|i suppose|i think|i reckon|i'd say|i'm afraid|obviously|probably|mostly|mainly|"
            + "basically|maybe|perhaps|imo|imho|ig|to be honest|for now|right now|at the moment";
    private static final Pattern HEDGES_AT_START = Pattern.compile("^(?:(?:" + HEDGE + ")[^\\p{L}\\p{N}']+)+");
    private static final Pattern HEDGES_AT_END = Pattern.compile("(?:[^\\p{L}\\p{N}']+(?:" + HEDGE + "))+$");
    /** Where a first clause ends: a dash, a comma or other stop, a bracket, a line, or a joining word. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s+-+\\s+|\\s*[–—]\\s*|[,;:!?()\\[\\]\\n]|\\.(?:\\s|$)"
            + "|\\s(?:/|&|\\+|and|or|but|because|cause|since|so|when|if)\\s");
    /** Where a noun phrase ends: a preposition, a relative or personal pronoun, or "using". */
    private static final Pattern PHRASE_BREAK = Pattern.compile("\\s(?:at|in|on|of|for|from|with|without|to|by|via|"
            + "across|around|near|inside|within|under|over|like|who|whom|whose|that|which|where|we|i|they|he|she|"
            + "using)\\s");

    private final String normal;

    AnswerText(String answer) {
        this.normal = answer.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("\\s+", " ").strip();
    }

    /** Lower case, single spaces. */
    String normal() {
        return normal;
    }

    /** Without surrounding punctuation or emoji. */
    String trimmed() {
        return EDGES.matcher(normal).replaceAll("");
    }

    /** Without surrounding hedges either: "hmm not sure tbh" → "not sure". */
    String unhedged() {
        return unhedged(trimmed());
    }

    /** The first clause, without hedges: "the business tbh, they want the numbers" → "the business". */
    String head() {
        return unhedged(CLAUSE_BREAK.split(trimmed(), 2)[0]);
    }

    /** What follows the first clause, as typed (so with a closing "?"): "not sure, the nurse?" → "the nurse?". */
    String afterHead() {
        String[] clauses = CLAUSE_BREAK.split(LEADING_EDGE.matcher(normal).replaceFirst(""), 2);
        return clauses.length < 2 ? "" : clauses[1].strip();
    }

    /** The head up to a preposition or relative clause: "a journalist at the local paper" → "a journalist". */
    String nounPhrase() {
        return PHRASE_BREAK.split(head(), 2)[0];
    }

    /** The head after its noun phrase: "the freelancers we hire" → "we hire"; empty when there is none. */
    String afterNounPhrase() {
        return head().substring(nounPhrase().length()).strip();
    }

    List<String> words() {
        String t = trimmed();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("[\\s,;/]+"));
    }

    boolean hasLetterOrDigit() {
        return normal.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** "The ward nurse" → "ward nurse". */
    static String withoutArticles(String text) {
        return LEADING.matcher(text).replaceFirst("").strip();
    }

    /** A case-insensitive whole-word pattern for any of the alternatives (regex syntax allowed). */
    static Pattern anyWord(String... alternatives) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }

    private static String unhedged(String text) {
        String t = EDGES.matcher(text).replaceAll("");
        t = HEDGES_AT_END.matcher(HEDGES_AT_START.matcher(t).replaceFirst("")).replaceFirst("");
        return EDGES.matcher(t).replaceAll("");
    }
}
