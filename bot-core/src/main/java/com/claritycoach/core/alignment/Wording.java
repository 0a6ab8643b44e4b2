package com.claritycoach.core.alignment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what people typed into a comparison key, so "Our Patients!", "the patient" and "patients"
 * count as one answer: case, punctuation, white space, leading articles and possessives, and simple
 * plurals are ignored, and a description after the role ("…who signs off discharges") is dropped.
 */
public final class Wording {
    private static final Pattern DESCRIPTION = Pattern.compile(
            "\\s(?:who|that|which|whose|whom|where|when|responsible|in charge|on|at|in|for|with|from|of the|going|doing|using|like)\\s.*$");
    private static final Pattern EXPLANATION = Pattern.compile("\\s[–—-]+\\s|:\\s|;\\s");
    private static final List<String> LEADING = List.of("the", "a", "an", "our", "my", "their", "your", "his", "her",
            "its", "all", "each", "every", "any");
    /** Roles that say nothing without their description. */
    private static final Set<String> GENERIC_ROLES = Set.of("people", "person", "someone", "somebody", "folk",
            "one", "those", "anyone", "anybody", "whoever", "individual", "guy");
    /** Heads that leave the role open, so a qualifier names it: "Canvas users – teachers mostly". */
    private static final Set<String> OPEN_HEADS = Set.of("user", "people", "person", "folk",
            "someone", "somebody", "whoever", "anyone", "anybody", "member", "staff", "one");
    private static final String QUALIFIER = "(?:mostly|mainly|usually|primarily|largely|typically|especially|esp\\.?)";
    /** "(mostly X)", "(X mostly)", "– mostly X", "– X mostly": who the role mostly is. */
    private static final Pattern QUALIFIED = Pattern.compile("(?i)(?:\\(|\\s[–—-]+\\s)\\s*(?:" + QUALIFIER
            + "\\s+([^()–—,;]+?)|([^()–—,;]+?)\\s+" + QUALIFIER + ")\\s*(?:\\)|$)");
    /** Longer than any way of typing {@link #NOT_AN_ITEM}: such an item needs no normalising to be kept. */
    private static final int LONGEST_NON_ITEM = 20;
    /** How every one of {@link #NOT_AN_ITEM} starts; an item starting otherwise needs no normalising to be kept. */
    private static final String NON_ITEM_STARTS = "nNtT";
    /** Answers that name nothing: "n/a" in a list is no item. */
    private static final Set<String> NOT_AN_ITEM = Set.of("n a", "na", "none", "nothing", "nobody", "no one", "nil",
            "not applicable", "tbd");
    /** Words that end in s but are not plurals, or whose plural is not made by the simple rules. */
    private static final Set<String> UNCHANGED = Set.of("series", "species", "news", "means", "premises",
            "headquarters", "physics", "economics", "logistics", "analytics", "operations");
    /** Nouns ending in -ie, whose plural ends in -ies but does not come from -y ("movies", not "movys"). */
    private static final Set<String> ENDING_IE = Set.of("movie", "cookie", "rookie", "newbie", "techie", "foodie",
            "selfie", "calorie", "auntie", "hippie", "zombie", "goalie", "bookie", "genie", "smoothie", "prairie");
    /*
     * Compiled once: the analysis keys every answer of a check-in, and String.replaceAll compiles its
     * pattern on every call.
     */
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\s]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern SPELLED_OUT = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L} ){1,}\\p{L}(?![\\p{L}\\p{N}])");

    private Wording() {
    }

    /** The comparison key of a whole answer (or one item of a list). */
    public static String normalise(String text) {
        String t = foldLatinAccents(Normalizer.normalize(Asides.without(text), Normalizer.Form.NFKC))
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        t = POSSESSIVE.matcher(t).replaceAll("");
        t = NOT_A_WORD_CHARACTER.matcher(t).replaceAll(" ");
        t = WHITE_SPACE.matcher(t).replaceAll(" ").strip();
        List<String> words = new ArrayList<>(Arrays.asList(t.split(" ")));
        while (words.size() > 1 && LEADING.contains(words.get(0))) {
            words.remove(0);
        }
        String key = words.stream().map(Wording::singular).collect(Collectors.joining(" ")).strip();
        return SPELLED_OUT.matcher(key).replaceAll(m -> m.group().replace(" ", ""));
    }

    /**
     * The key of the role an answer names: its first list item, without the description after it,
     * unless the role is only "people" or "someone": then the description is the role ("people who
     * borrow books" and "people who donate" are different customers).
     */
    public static String roleKey(String text) {
        String first = firstItem(text);
        String key = normalise(first);
        String cut = DESCRIPTION.matcher(" " + key).replaceFirst("").strip();
        return cut.isEmpty() || GENERIC_ROLES.contains(cut) ? key : cut;
    }

    /**
     * The role an answer names, as typed: its first list item without asides, without an explanation
     * after a dash or colon ("patients – one wrong dose can hurt someone"), and without the
     * description after the role unless the role is generic ({@link #roleKey}). What the meaning model
     * reads of a customer answer: a long explanation drowns the role in the model's space.
     */
    public static String rolePhrase(String text) {
        String item = firstItem(text);
        return qualified(unqualifiedRole(item), item);
    }

    private static String unqualifiedRole(String item) {
        String role = Asides.without(item);
        java.util.regex.Matcher explained = EXPLANATION.matcher(role);
        if (explained.find() && explained.start() > 0) {
            role = role.substring(0, explained.start());
        }
        java.util.regex.Matcher described = DESCRIPTION.matcher(" " + role.toLowerCase(Locale.ROOT));
        if (described.find() && described.start() > 0) {
            String cut = role.substring(0, described.start()).strip();
            if (!GENERIC_ROLES.contains(normalise(cut))) {
                role = cut;
            }
        }
        return role.strip();
    }

    /**
     * The role a qualifier names when the role itself leaves it open: "Canvas users – teachers
     * mostly" names teachers, but "Flight crew (the PIC esp.)" names the crew, and "whoever runs
     * payroll – usually 1 person in HR" no one more precise.
     */
    private static String qualified(String role, String item) {
        if (item.length() == role.length()) {
            return role;
        }
        java.util.regex.Matcher m = QUALIFIED.matcher(item);
        if (!m.find()) {
            return role;
        }
        String named = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        return leavesOpen(role) && !leavesOpen(named) ? unqualifiedRole(named) : role;
    }

    private static boolean leavesOpen(String role) {
        return Arrays.stream(normalise(role).split(" ")).anyMatch(OPEN_HEADS::contains);
    }

    /**
     * "café" → "cafe": accents on Latin letters are dropped, as people type them or not. Marks on
     * other scripts stay, since there they tell words apart (Devanagari vowel signs, for one).
     */
    static String foldLatinAccents(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        Character.UnicodeScript base = Character.UnicodeScript.COMMON;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                if (base != Character.UnicodeScript.LATIN) {
                    folded.appendCodePoint(c);
                }
                continue;
            }
            base = Character.UnicodeScript.of(c);
            folded.appendCodePoint(c);
        }
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /** The first item of a list answer ("nurses, doctors and porters" → "nurses"), trimmed. */
    public static String firstItem(String text) {
        return items(text).stream().findFirst().orElse(text.strip());
    }

    /** Every item of a list answer ({@link ListSeparators}), trimmed; empty ones and "n/a" dropped. */
    public static List<String> items(String text) {
        return ListSeparators.split(text).stream().map(s -> withoutEdges(s.strip()))
                .filter(s -> s.codePoints().anyMatch(Character::isLetterOrDigit))
                .filter(s -> !mayNameNothing(s) || !NOT_AN_ITEM.contains(normalise(s))).toList();
    }

    /** A cheap first look, since most items name something and normalising every item of every list costs. */
    private static boolean mayNameNothing(String item) {
        return item.length() <= LONGEST_NON_ITEM && NON_ITEM_STARTS.indexOf(item.charAt(0)) >= 0;
    }

    /**
     * The item without leading bullets ({@code - *}) and trailing {@code . ! ?}, nor the white space
     * among them. By hand, not by a pattern: a pattern anchored at the end is tried at every character.
     */
    private static String withoutEdges(String item) {
        int start = 0;
        while (start < item.length() && (isBullet(item.charAt(start)) || isSpace(item.charAt(start)))) {
            start++;
        }
        int end = item.length();
        while (end > start && (isStop(item.charAt(end - 1)) || isSpace(item.charAt(end - 1)))) {
            end--;
        }
        return item.substring(start, end);
    }

    private static boolean isBullet(char c) {
        return c == '-' || c == '*';
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** White space as {@code \s} means it in a Java pattern. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A simple English singular: patients → patient, nurses → nurse, agencies → agency, businesses → business. */
    static String singular(String word) {
        if (word.length() < 4 || !word.endsWith("s") || UNCHANGED.contains(word)) {
            return word;
        }
        if (ENDING_IE.contains(word.substring(0, word.length() - 1))) {
            return word.substring(0, word.length() - 1);
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        return word.substring(0, word.length() - 1);
    }
}
