package com.claritycoach.core.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How likely two wordings are to mean the same, from 0 to 1: a logistic model over a few signals
 * that each catch what the others miss. The meaning model's cosine alone ranks a same-customer pair
 * above a different-customer pair only about three times in four on labeled teams, because short
 * role phrases of one domain all sit close together ("passengers" is nearer "the pilots" than
 * "pax"). So it is read beside the words the two share, whether one role's words contain the
 * other's, whether an aside of one names the other ("the bill payer (account holder)"), and whether
 * only one of them fell into a coaching trap (a trap answer rarely means the same as a plain one).
 * The weights were fitted on labeled teams (the bench's {@code UnderstandingTuning} refits them)
 * and stay few, so each one can be read and argued with.
 */
final class Sameness {
    /** Customers, not-customers, listening: short role phrases, read against their section's ({@link Spread}). */
    static final Sameness ROLES = new Sameness(true, new double[] {0.75, 0.5, 0.22, 1.1, 2.03, 1.51, -0.91, 0.35, 0.83, 0.24}, -3.18,
            new Spread(new double[] {0.59, 0.8}, new double[] {0.08, 0.06}, 1));
    /** Enablers, non-enablers, measures: whole sentences. */
    static final Sameness THEMES = new Sameness(false, new double[] {2.71, 2.1, 1.56, 1.01}, -4.56, Spread.NONE);

    private static final Set<String> TRAPS = Set.of("everyone", "manager-as-customer", "group-not-person",
            "resource-as-customer");
    private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^()\\[\\]]*)[)\\]]");
    private static final Pattern EXPLANATION = Pattern.compile("\\s[–—-]+\\s|:\\s");
    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "to", "and", "or", "in", "on",
            "for", "with", "we", "our", "i", "my", "it", "is", "are", "be", "that", "this", "at", "by", "from", "as",
            "so", "all", "us", "you", "they", "them", "their", "not", "no", "do", "doe", "what", "who", "when", "get",
            "got", "have", "ha", "more", "less", "too", "very", "just", "every", "each", "one", "up", "out",
            "which", "where", "how", "there", "then", "than", "if", "but", "into", "about", "over", "after");

    private final boolean roles;
    private final double[] weights;
    private final double bias;
    private final Spread usual;

    Sameness(boolean roles, double[] weights, double bias, Spread usual) {
        this.roles = roles;
        this.weights = weights;
        this.bias = bias;
        this.usual = usual;
    }

    /** How a wording reads as a group's label: the role it names, or the sentence without asides. */
    String shown(String wording) {
        return roles ? Wording.rolePhrase(wording) : Asides.without(wording);
    }

    /** What the meaning model reads of a wording, for {@link #view}. */
    List<String> texts(String wording) {
        return roles ? List.of(Asides.without(wording), "The customer is " + Wording.rolePhrase(wording) + ".")
                : List.of(Asides.without(wording));
    }

    /** What the signals need of one wording, computed once per distinct wording. */
    View view(String wording, boolean trapped, Function<String, float[]> vectors) {
        List<float[]> read = texts(wording).stream().map(vectors).toList();
        String phraseKey = roles ? Wording.normalise(Wording.rolePhrase(wording)) : Wording.normalise(wording);
        Set<String> words = new HashSet<>(Arrays.asList(phraseKey.split(" ")));
        if (!roles) {
            words.removeAll(STOP_WORDS);
        }
        words.remove("");
        List<String> asideKeys = new ArrayList<>();
        if (roles) {
            asides(wording).forEach(a -> Wording.items(a).forEach(item -> asideKeys.add(Wording.roleKey(item))));
        }
        return new View(phraseKey, head(phraseKey), words, asideKeys, read, trapped, Acronyms.in(wording),
                Acronyms.initials(Asides.without(wording)));
    }

    /** One wording as the signals see it. */
    record View(String key, String head, Set<String> words, List<String> asideKeys, List<float[]> vectors, boolean trapped,
                List<String> acronyms, String initials) {
    }

    /** The same signals read with other weights (when refitting them). */
    Sameness weighted(double[] otherWeights, double otherBias, Spread otherUsual) {
        return new Sameness(roles, otherWeights, otherBias, otherUsual);
    }

    /** How close the given wordings sit to each other, for {@link #of}; {@link Spread#NONE} when not read. */
    Spread spread(List<View> views, boolean relative) {
        return relative ? Spread.of(views, usual, Spread.USUAL_PAIRS) : Spread.NONE;
    }

    /** The probability that the two wordings mean the same, read among the wordings they were given with. */
    double of(View a, View b, Spread spread) {
        return probability(signals(a, b, spread), weights, bias);
    }

    /**
     * How close the wordings of one section sit to each other in the model's space: the mean and
     * spread of each cosine over every pair. A team's role phrases of one domain all sit close, so a
     * cosine says more beside its own section's than as a number on its own. A few wordings say
     * little about their section, so the figures start from the model's usual ones ({@code usual},
     * worth {@link #USUAL_PAIRS} pairs) and move towards the section's as its pairs add up, and the
     * relative reading counts for as much as the section's own pairs weigh against those
     * ({@code confidence}): three members' answers cannot show that their domain's roles all sit close.
     */
    record Spread(double[] mean, double[] deviation, double confidence) {
        /** How many pairs the usual figures count as: a section of about five wordings weighs the same. */
        static final int USUAL_PAIRS = 10;
        /** Cosines read as they are. */
        static final Spread NONE = new Spread(new double[0], new double[0], 0);

        /** The section's figures, starting from {@code usual} counted as {@code usualPairs} pairs. */
        static Spread of(List<View> views, Spread usual, int usualPairs) {
            int d = usual.mean.length;
            double[] sum = new double[d];
            double[] squares = new double[d];
            for (int k = 0; k < d; k++) {
                sum[k] = usualPairs * usual.mean[k];
                squares[k] = usualPairs * (usual.deviation[k] * usual.deviation[k] + usual.mean[k] * usual.mean[k]);
            }
            long pairs = usualPairs;
            for (int i = 0; i < views.size(); i++) {
                for (int j = i + 1; j < views.size(); j++) {
                    for (int k = 0; k < d; k++) {
                        double c = dot(views.get(i).vectors.get(k), views.get(j).vectors.get(k));
                        sum[k] += c;
                        squares[k] += c * c;
                    }
                    pairs++;
                }
            }
            double[] mean = new double[d];
            double[] deviation = new double[d];
            for (int k = 0; k < d && pairs > 0; k++) {
                mean[k] = sum[k] / pairs;
                deviation[k] = Math.sqrt(Math.max(0, squares[k] / pairs - mean[k] * mean[k]));
            }
            long own = pairs - usualPairs;
            return new Spread(mean, deviation, pairs == 0 ? 0 : (double) own / pairs);
        }

        double relative(int k, double cosine) {
            return confidence == 0 || deviation[k] < 1e-6 ? 0 : confidence * (cosine - mean[k]) / deviation[k];
        }
    }

    /**
     * The signals, in the order of the weights. Roles: the model's cosine of the wordings and of the
     * roles in a sentence, same head noun, shared words (Jaccard), one's words contain the other's, an
     * aside names the other, only one fell into a trap, one abbreviates the other. Themes: the cosine,
     * shared words, any word shared, one abbreviates the other.
     */
    double[] signals(View a, View b, Spread spread) {
        return roles ? roleSignals(a, b, spread) : themeSignals(a, b);
    }

    static double probability(double[] signals, double[] weights, double bias) {
        double[] f = signals;
        double z = bias;
        for (int i = 0; i < f.length; i++) {
            z += weights[i] * f[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    private static double[] roleSignals(View a, View b, Spread spread) {
        double wording = dot(a.vectors.get(0), b.vectors.get(0));
        double role = dot(a.vectors.get(1), b.vectors.get(1));
        return new double[] {wording, role,
                a.head.equals(b.head) ? 1 : 0, jaccard(a.words, b.words),
                a.words.containsAll(b.words) || b.words.containsAll(a.words) ? 1 : 0,
                names(a, b) || names(b, a) ? 1 : 0, a.trapped != b.trapped ? 1 : 0, abbreviates(a, b),
                spread.relative(0, wording), spread.relative(1, role)};
    }

    private static double[] themeSignals(View a, View b) {
        Set<String> shared = new HashSet<>(a.words);
        shared.retainAll(b.words);
        return new double[] {dot(a.vectors.get(0), b.vectors.get(0)), jaccard(a.words, b.words), shared.isEmpty() ? 0 : 1,
                abbreviates(a, b)};
    }

    /** Whether either wording abbreviates the other ({@link Acronyms}). */
    private static double abbreviates(View a, View b) {
        return Acronyms.spelledOut(a.acronyms, b.initials) || Acronyms.spelledOut(b.acronyms, a.initials) ? 1 : 0;
    }

    /** Whether an aside of {@code a} names the role of {@code b}: "the bill payer (account holder)". */
    private static boolean names(View a, View b) {
        return a.asideKeys.stream().anyMatch(k -> k.equals(b.key) || head(k).equals(b.head));
    }

    static boolean trapped(Set<String> flags) {
        return flags.stream().anyMatch(TRAPS::contains);
    }

    /** Bracketed asides and an explanation after a dash or colon. */
    private static List<String> asides(String wording) {
        List<String> found = new ArrayList<>();
        Matcher bracketed = BRACKETED.matcher(wording);
        while (bracketed.find()) {
            found.add(bracketed.group(1));
        }
        Matcher explained = EXPLANATION.matcher(wording);
        if (explained.find()) {
            found.add(wording.substring(explained.end()));
        }
        return found;
    }

    private static String head(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / (a.size() + b.size() - shared.size());
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }
}
