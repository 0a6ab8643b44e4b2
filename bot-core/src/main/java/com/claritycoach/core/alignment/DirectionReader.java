package com.claritycoach.core.alignment;

import com.claritycoach.core.alignment.MemberNames.Match;
import com.claritycoach.core.alignment.NameWords.Gap;
import com.claritycoach.core.alignment.NameWords.Word;
import com.claritycoach.core.playbook.PromptKind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which way the work flows between the speaker of a line-of-sight answer and a member it names. Both
 * prompts ask whom the speaker serves, so that is the reading unless the words around the name turn
 * it round or set it aside, within the clause that holds the name:
 * <ul>
 *   <li>the name serves the speaker when the speaker relies, depends or waits on it, gets or takes
 *   something from it, uses or needs its work ("I rely on Ana for the meds", "I need Ana's sign-off",
 *   "my rosters come from Ana's export"), when the named member sends, gives or hands the speaker
 *   something or does something for them ("Ana sends me the rota", "Ana's tickets come to me",
 *   "Ana's plan feeds into mine", "Ana does the rota for me"), when the speaker cannot go on until
 *   the member acts ("I can't bill anything till Ana…"), and, for "for whom is your output an input",
 *   when the speaker turns the member's work into something ("I take Ana's loadsheet and turn it
 *   into…");</li>
 *   <li>the speaker serves the name when they send, hand or give it something, or work for it, and
 *   when the member uses or needs the speaker's work ("I send Ana…", "for Ana", "Ana uses my…");</li>
 *   <li>neither, when the name is denied ("not Ana", "Ana doesn't need it"), works alongside the
 *   speaker ("Ana and I share…"), or is only asked, quoted or followed ("ask Ana", "Ana thinks…",
 *   "I'm shadowing Ana", "I took over from Ana"), or the speaker is unsure of it ("not sure Ana…").</li>
 * </ul>
 * A pronoun in the next clause stands for the name ("Ana – I rely on her…"), and a name listed after
 * another's purpose reads like it ("I rely on Ana for X, and Ben for Y"). The look-around is bounded
 * by the clause, so an answer costs time in proportion to its length times the names it holds.
 */
final class DirectionReader {
    /** How the speaker and a named member stand. */
    enum Direction { SPEAKER_SERVES, SERVES_SPEAKER, NEITHER }

    private enum Subject { SPEAKER, DENIED_SPEAKER, OTHER }

    private static final Set<String> SPEAKER = Set.of("i", "we", "i'm", "i've", "i'd", "i'll", "we're", "we've",
            "we'd", "we'll");
    private static final Set<String> OTHER_SUBJECTS = Set.of("he", "she", "they", "it", "he'd", "she'd", "they're",
            "they'd", "they've", "he'll", "she'll", "they'll");
    private static final Set<String> CLAUSE_WORDS = Set.of("so", "because", "cos", "since", "when", "whenever",
            "until", "till", "while", "once", "if", "unless", "but", "though", "although", "whereas", "who",
            "which", "that", "where", "then", "before", "after");
    private static final Set<String> RECIPIENTS = Set.of("me", "us", "myself", "ourselves");
    private static final Set<String> SPEAKERS_OWN = Set.of("me", "us", "my", "our", "mine", "ours");
    private static final Set<String> NEGATIONS = Set.of("not", "don't", "didn't", "doesn't", "never", "can't",
            "cannot", "won't", "wouldn't", "no");
    private static final Set<String> DENIED_AFTER = Set.of("doesn't", "don't", "didn't", "never", "isn't", "aren't",
            "wasn't", "hasn't", "haven't");
    /** Words between a subject and its verb: "I really rely", "we've always used", "I need to send". */
    private static final Set<String> MODIFIERS = Set.of("really", "also", "always", "mostly", "usually", "just",
            "only", "still", "often", "sometimes", "actually", "do", "did", "does", "am", "have", "has", "had",
            "will", "would", "can", "could", "should", "must", "to", "need", "want", "try", "tend", "going", "got",
            "kind", "sort", "of", "then", "both", "all", "now", "even", "mainly", "a", "lot");
    /** The speaker relies on whoever follows ("I rely on Ana", "depending on Ana's numbers"). */
    private static final Set<String> RELY = Set.of("rely", "relies", "relied", "relying", "depend", "depends",
            "depended", "depending");
    /** The same, with "on": "count on", "lean on", "build on", "draw on", "wait on". */
    private static final Set<String> RELY_ON = Set.of("count", "counting", "lean", "leaning", "leant", "leaned",
            "build", "building", "built", "draw", "drawing", "drew", "hinge", "hinges", "wait", "waiting",
            "waited");
    private static final Set<String> WAIT_FOR = Set.of("wait", "waits", "waiting", "waited", "look", "looking");
    /** The speaker uses what whoever follows makes ("I use Ana's data", "I need the figures Ana sends"). */
    private static final Set<String> CONSUME = Set.of("use", "using", "used", "need", "needing", "needed", "get",
            "getting", "got", "receive", "receiving", "received", "read", "reading", "pull", "pulling", "pulled",
            "await", "awaiting", "awaited");
    /** For "input for": the speaker works the member's output into their own ("I take Ana's numbers and…"). */
    private static final Set<String> TRANSFORM = Set.of("take", "taking", "took", "turn", "turning", "turned",
            "combine", "combining", "combined", "merge", "merging", "merged", "compile", "compiling", "compiled",
            "collate", "collating", "collated", "consolidate", "consolidating", "consolidated", "review",
            "reviewing", "reviewed", "check", "checking", "checked", "process", "processing", "processed",
            "reconcile", "reconciling", "reconciled", "analyse", "analysing", "analysed", "analyze", "analyzing",
            "analyzed");
    /** The subject gives to whoever follows, or to the speaker when the member is the subject. */
    private static final Set<String> GIVE = Set.of("send", "sends", "sent", "sending", "give", "gives", "gave",
            "giving", "hand", "hands", "handed", "handing", "pass", "passes", "passed", "passing", "forward",
            "forwards", "forwarded", "forwarding", "provide", "provides", "provided", "providing", "supply",
            "supplies", "supplied", "supplying", "deliver", "delivers", "delivered", "delivering", "share", "shares",
            "shared", "sharing", "email", "emails", "emailed", "brief", "briefs", "briefed", "update", "updates",
            "updated", "bring", "brings", "brought", "serve", "serves", "served", "support", "supports",
            "supported", "help", "helps", "helped", "feed", "feeds", "fed", "feeding");
    /** "Ana gets me the figures": get as give, only with the speaker straight after. */
    private static final Set<String> GET = Set.of("get", "gets", "got", "getting");
    private static final Set<String> MOVE = Set.of("come", "comes", "came", "coming", "go", "goes", "went", "going",
            "arrive", "arrives", "arrived", "land", "lands", "landed", "flow", "flows", "flowed", "end", "ends");
    private static final Set<String> FEED = Set.of("feed", "feeds", "fed", "feeding");
    private static final Set<String> COPULA = Set.of("is", "are", "was", "were");
    private static final Set<String> INPUTS = Set.of("input", "inputs", "source", "sources", "basis", "start");
    /** "Supported by Ana": the passive of a giving verb. */
    private static final Set<String> SUPPORTED = Set.of("supported", "helped", "served", "fed", "given", "sent",
            "provided", "supplied", "briefed", "backed", "covered");
    /** The speaker only follows or replaces whoever follows. */
    private static final Set<String> ASIDE = Set.of("shadow", "shadows", "shadowing", "shadowed", "replace",
            "replaced", "replacing");
    /** Before a name: the speaker does not know ("not sure Ana uses it", "I doubt Ana reads it"). */
    private static final Set<String> HEDGES = Set.of("doubt", "dunno", "idk", "unsure");
    private static final Set<String> BLOCKED = Set.of("can't", "cannot", "couldn't", "won't", "unable");
    /** After a name: it is quoted, not served ("Ana thinks…", "Ana asked me…"). */
    private static final Set<String> QUOTED = Set.of("thinks", "thought", "reckons", "reckoned", "knows", "knew",
            "suggested");
    private static final Set<String> ASK = Set.of("ask", "asks", "asked", "asking");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "his", "their");
    private static final Set<String> PREPOSITIONS = Set.of("to", "for", "on", "in", "at", "with", "from", "when",
            "and", "or", "as", "by", "about");

    private final List<Word> words;
    private final List<Match> names;
    private final boolean[] inName;
    private final PromptKind kind;

    /** @param names the members the answer names, in text order, as {@link NameUse} kept them */
    DirectionReader(List<Word> words, List<Match> names, PromptKind kind) {
        this.words = words;
        this.names = names;
        this.kind = kind;
        this.inName = new boolean[words.size()];
        names.forEach(n -> Arrays.fill(inName, n.start(), n.end(), true));
    }

    /** How the speaker and the {@code index}-th name stand. */
    Direction read(int index) {
        Match name = names.get(index);
        if (setAside(name)) {
            return Direction.NEITHER;
        }
        Direction direction = behind(name.start(), name.end(), words.get(name.end() - 1).possessive());
        if (direction == null) {
            direction = ahead(name.end());
        }
        if (direction == null) {
            int next = index + 1 < names.size() ? names.get(index + 1).start() : words.size();
            direction = throughPronoun(name.end(), next);
        }
        return direction == null ? Direction.SPEAKER_SERVES : direction;
    }

    private boolean setAside(Match name) {
        int s = name.start();
        int e = name.end();
        boolean tight = words.get(s).gap() == Gap.SPACE;
        boolean linked = tight || words.get(s).gap() == Gap.LINK;
        if (tight && (is(s - 1, "not", "except", "excluding")
                || is(s - 1, "really", "actually", "even", "necessarily") && tight(s - 1) && is(s - 2, "not")
                || is(s - 1, "as") && tight(s - 1) && is(s - 2, "same"))) {
            return true;
        }
        if (linked && (words.get(s).gap() == Gap.LINK && is(s - 1, "me", "i", "myself")
                || is(s - 1, "and") && tight(s - 1) && is(s - 2, "me", "i", "myself"))) {
            return true;
        }
        if (e < words.size() && (words.get(e).gap() == Gap.LINK && is(e, "i", "myself")
                || tight(e) && is(e, "and", "n") && tight(e + 1) && is(e + 1, "i", "myself"))) {
            return true;
        }
        if (words.get(e - 1).possessive() || !tight(e)) {
            return false;
        }
        int verb = is(e, "really", "actually", "also", "even", "just") && tight(e + 1) ? e + 1 : e;
        return is(verb, DENIED_AFTER) || is(verb, QUOTED) || is(verb, ASK) && asked(verb + 1) == Direction.NEITHER
                || is(verb, "does", "do", "did") && tight(verb + 1) && is(verb + 1, "not")
                || is(verb, "no") && tight(verb + 1) && is(verb + 1, "longer")
                || is(verb, "would") && tight(verb + 1) && is(verb + 1, "know");
    }

    /** What the words before a name, back to the start of its clause, make of it. */
    private Direction behind(int from, int end, boolean possessive) {
        boolean passedOn = false;
        boolean adjacent = true;
        for (int j = from - 1; j >= 0; j--) {
            if (words.get(j + 1).gap().compareTo(Gap.CLAUSE) >= 0) {
                return null;
            }
            if (inName[j]) {
                adjacent = false;
                continue;
            }
            String w = words.get(j).key();
            switch (w) {
                case "to", "towards", "into" -> {
                    return Direction.SPEAKER_SERVES;
                }
                case "for" -> {
                    if (j > 0 && inName[j - 1]) {
                        adjacent = false;
                        continue;
                    }
                    return is(j - 1, WAIT_FOR) ? bySpeaker(j - 1, Direction.SERVES_SPEAKER) : Direction.SPEAKER_SERVES;
                }
                case "until", "till" -> {
                    return blocked(j) ? Direction.SERVES_SPEAKER : null;
                }
                case "from", "off" -> {
                    return is(j - 1, "over") ? Direction.NEITHER : Direction.SERVES_SPEAKER;
                }
                case "by" -> {
                    return is(j - 1, SUPPORTED) ? Direction.SERVES_SPEAKER : Direction.SPEAKER_SERVES;
                }
                case "on", "upon" -> {
                    passedOn = true;
                    continue;
                }
                default -> {
                }
            }
            if (ASIDE.contains(w) || HEDGES.contains(w) || is(j, "sure", "know", "idea") && is(j - 1, NEGATIONS)) {
                return Direction.NEITHER;
            }
            if (ASK.contains(w)) {
                return asked(end);
            }
            if (CLAUSE_WORDS.contains(w) || SPEAKER.contains(w) || OTHER_SUBJECTS.contains(w)) {
                return null;
            }
            if (RELY.contains(w) || passedOn && RELY_ON.contains(w)) {
                return bySpeaker(j, Direction.SERVES_SPEAKER);
            }
            if (CONSUME.contains(w)) {
                return bySpeaker(j, possessive || !adjacent ? Direction.SERVES_SPEAKER : Direction.SPEAKER_SERVES);
            }
            if (TRANSFORM.contains(w) && possessive && kind == PromptKind.INPUT_FOR) {
                return bySpeaker(j, Direction.SERVES_SPEAKER);
            }
            if (GIVE.contains(w)) {
                return bySpeaker(j, Direction.SPEAKER_SERVES);
            }
            adjacent = false;
        }
        return null;
    }

    /**
     * Whether the clause before {@code until} at {@code at} says the speaker cannot go on or waits: "I
     * can't bill anything till Ana…", "waiting until Ana…".
     */
    private boolean blocked(int at) {
        for (int k = at - 1; k >= 0; k--) {
            String w = words.get(k).key();
            if (BLOCKED.contains(w) || WAIT_FOR.contains(w)) {
                return subject(k) != Subject.OTHER;
            }
            if (words.get(k).gap().compareTo(Gap.CLAUSE) >= 0 || SPEAKER.contains(w) || OTHER_SUBJECTS.contains(w)
                    || inName[k]) {
                return false;
            }
        }
        return false;
    }

    /**
     * Asking for something is getting it ("ask Ana for the rota"), asking someone to do something is
     * the usual reading, and a question alone ("ask Ana, she'd know", "Ana asked me the same") is neither.
     */
    private Direction asked(int from) {
        for (int k = from; k < from + 3 && clauseGoesOn(k); k++) {
            if (is(k, "for")) {
                return Direction.SERVES_SPEAKER;
            }
            if (is(k, "to")) {
                return null;
            }
        }
        return Direction.NEITHER;
    }

    /** The direction a verb gives when the speaker does it, none when denied, null when someone else does. */
    private Direction bySpeaker(int verb, Direction direction) {
        return switch (subject(verb)) {
            case SPEAKER -> direction;
            case DENIED_SPEAKER -> Direction.NEITHER;
            case OTHER -> null;
        };
    }

    /** Who does the verb at {@code verb}: the speaker ("I", "we", or nobody named: "rely on Ana…"), or another. */
    private Subject subject(int verb) {
        boolean denied = false;
        int k = verb;
        for (int steps = 0; steps < 5; steps++) {
            if (k == 0 || words.get(k).gap().compareTo(Gap.COMMA) >= 0) {
                return denied ? Subject.DENIED_SPEAKER : Subject.SPEAKER;
            }
            String w = words.get(--k).key();
            if (SPEAKER.contains(w)) {
                return denied ? Subject.DENIED_SPEAKER : Subject.SPEAKER;
            }
            if (NEGATIONS.contains(w)) {
                denied = true;
            } else if (!MODIFIERS.contains(w) && !w.endsWith("ly")) {
                return Subject.OTHER;
            }
        }
        return Subject.OTHER;
    }

    /** What the words after a name make of it when the member is the one acting ("Ana sends me…"). */
    private Direction ahead(int from) {
        for (int j = from; j < words.size(); j++) {
            Gap gap = words.get(j).gap();
            if (gap.compareTo(Gap.CLAUSE) >= 0 || gap == Gap.COMMA && !inName[j]) {
                return null;
            }
            if (inName[j]) {
                continue;
            }
            String w = words.get(j).key();
            if (CLAUSE_WORDS.contains(w) || SPEAKER.contains(w) || OTHER_SUBJECTS.contains(w)) {
                return null;
            }
            if ((GIVE.contains(w) || GET.contains(w)) && toSpeaker(j + 1, true)
                    || MOVE.contains(w) && toSpeaker(j + 1, false)
                    || FEED.contains(w) && speakersOwnLater(j + 1)
                    || is(j, "for") && is(j + 1, RECIPIENTS) && !is(j - 1, WAIT_FOR) && !is(j - 1, ASK)
                    || COPULA.contains(w) && (is(j + 1, "what", "how") && is(j + 2, SPEAKER)
                            || inputOfSpeaker(j + 1))) {
                return Direction.SERVES_SPEAKER;
            }
        }
        return null;
    }

    /** "…me", "…to me", "…back to us", "…into mine", "…my way", within the clause. */
    private boolean toSpeaker(int from, boolean direct) {
        for (int k = from; k < words.size() && clauseGoesOn(k); k++) {
            if (direct && k == from && is(k, RECIPIENTS)
                    || is(k, "to", "with", "into") && clauseGoesOn(k + 1) && is(k + 1, SPEAKERS_OWN)
                    || is(k, "my", "our") && clauseGoesOn(k + 1) && is(k + 1, "way")) {
                return true;
            }
        }
        return false;
    }

    /** "…the input for my sprint", "…my main source": the member's work is what the speaker starts from. */
    private boolean inputOfSpeaker(int from) {
        boolean input = false;
        for (int k = from; k < words.size() && clauseGoesOn(k); k++) {
            input |= is(k, INPUTS);
        }
        return input && speakersOwnLater(from);
    }

    private boolean speakersOwnLater(int from) {
        for (int k = from; k < words.size() && clauseGoesOn(k); k++) {
            if (is(k, SPEAKERS_OWN)) {
                return true;
            }
        }
        return false;
    }

    /** The first pronoun after the name, before the next name and in the same sentence, read as the name. */
    private Direction throughPronoun(int from, int limit) {
        for (int j = from; j < limit; j++) {
            if (words.get(j).startsSentence()) {
                return null;
            }
            String w = words.get(j).key();
            if (OBJECT_PRONOUNS.contains(w)) {
                boolean possessive = !w.equals("him") && !w.equals("them") && (!w.equals("her")
                        || j + 1 < words.size() && tight(j + 1) && !is(j + 1, PREPOSITIONS));
                return behind(j, j + 1, possessive);
            }
            if (SUBJECT_PRONOUNS.contains(w) && words.get(j).gap().compareTo(Gap.COMMA) >= 0) {
                return ahead(j + 1);
            }
        }
        return null;
    }

    private boolean clauseGoesOn(int k) {
        return k < words.size() && words.get(k).gap().compareTo(Gap.COMMA) < 0
                && !CLAUSE_WORDS.contains(words.get(k).key());
    }

    private boolean tight(int k) {
        return k >= 0 && k < words.size() && words.get(k).gap() == Gap.SPACE;
    }

    private boolean is(int k, String... keys) {
        return k >= 0 && k < words.size() && List.of(keys).contains(words.get(k).key());
    }

    private boolean is(int k, Set<String> keys) {
        return k >= 0 && k < words.size() && keys.contains(words.get(k).key());
    }
}
