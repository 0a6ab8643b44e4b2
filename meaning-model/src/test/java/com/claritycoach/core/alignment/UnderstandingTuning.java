package com.claritycoach.core.alignment;

import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.coaching.MemberContext;
import com.claritycoach.core.coaching.Nudge;
import com.claritycoach.core.csv.AnswersCsv;
import com.claritycoach.core.csv.PromptResolver;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import com.claritycoach.meaning.BgeSmallMeanings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refits the weights of {@link Sameness} and picks the grouping thresholds on labeled teams, and
 * says how well each choice carries to a set it was not fitted on. Run on demand, not as a test:
 * <pre>
 * mvn -B -q install -DskipTests -pl bot-core,meaning-model -am
 * java -cp "meaning-model/target/test-classes:meaning-model/target/classes:bot-core/target/classes:$(cat cp.txt)" \
 *     com.claritycoach.core.alignment.UnderstandingTuning ../shared/understanding understanding
 * </pre>
 * Each labeled set is a folder with {@code ground_truth.json} and {@code teams/*.csv} (the layout of
 * {@code ../shared/understanding}). It fits on each set and scores on the other, then fits on all of
 * them and prints the weights and thresholds to put into {@link Sameness} and {@link GroupingSettings}.
 */
public final class UnderstandingTuning {
    private static final Meanings MODEL = new CachedMeanings(new BgeSmallMeanings(), 1_000_000);
    private static final CoachingRules RULES = CoachingRules.standard();
    private static final double[] ROLE_THRESHOLDS = {0.06, 0.08, 0.1, 0.12, 0.14, 0.17, 0.2, 0.25, 0.3, 0.35};
    private static final double[] THEME_THRESHOLDS = {0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4};

    private UnderstandingTuning() {
    }

    public static void main(String[] args) throws IOException {
        List<LabeledSet> sets = new ArrayList<>();
        for (String dir : args) {
            sets.add(LabeledSet.read(Path.of(dir)));
        }
        for (LabeledSet fit : sets) {
            Fitted f = Fitted.on(List.of(fit));
            for (LabeledSet scored : sets) {
                System.out.printf("fitted on %s, scored on %s:%n", fit.name, scored.name);
                sweep(f, List.of(scored));
            }
        }
        Fitted all = Fitted.on(sets);
        System.out.println("fitted on all:");
        sweep(all, sets);
        System.out.println("roles  weights " + Arrays.toString(round(all.roles.weights)) + " bias " + round(all.roles.bias)
                + " usual mean " + Arrays.toString(round(all.usualRoles.mean())) + " deviation " + Arrays.toString(round(all.usualRoles.deviation())));
        System.out.println("themes weights " + Arrays.toString(round(all.themes.weights)) + " bias " + round(all.themes.bias));
    }

    private static void sweep(Fitted f, List<LabeledSet> sets) {
        GroupingSettings d = GroupingSettings.DEFAULT;
        for (double rt : ROLE_THRESHOLDS) {
            GroupingSettings settings = new GroupingSettings(new GroupingSettings.Layer(rt, rt / 2, 3, true), d.lists(), d.themes());
            Score s = Score.of(f.analyzer(settings), sets);
            System.out.printf("  customers %.2f  P %.3f R %.3f F1 %.3f  MAE %.3f%n",
                    rt, s.customers.precision(), s.customers.recall(), s.customers.f1(), s.mae());
        }
        for (double lt : ROLE_THRESHOLDS) {
            GroupingSettings settings = new GroupingSettings(d.roles(), new GroupingSettings.Layer(lt, lt / 2, 0, true), d.themes());
            System.out.printf("  lists %.2f  not-customer F1 %.3f%n", lt, Score.of(f.analyzer(settings), sets).themes.get("nc").f1());
        }
        for (double tt : THEME_THRESHOLDS) {
            GroupingSettings settings = new GroupingSettings(d.roles(), d.lists(), new GroupingSettings.Layer(tt, tt / 2, 0, false));
            Score s = Score.of(f.analyzer(settings), sets);
            System.out.printf("  themes %.2f  enablers F1 %.3f  non-enablers F1 %.3f  measures F1 %.3f%n", tt,
                    s.themes.get("en").f1(), s.themes.get("ne").f1(), s.themes.get("me").f1());
        }
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static double[] round(double[] xs) {
        return Arrays.stream(xs).map(UnderstandingTuning::round).toArray();
    }

    /** Logistic weights fitted for roles and for themes, and the usual spread of the model's cosines among role phrases. */
    private record Fitted(Weights roles, Weights themes, Sameness.Spread usualRoles) {
        static Fitted on(List<LabeledSet> sets) {
            List<List<Labeled>> customerSections = new ArrayList<>();
            List<List<Labeled>> notCustomerSections = new ArrayList<>();
            List<List<Labeled>> themeSections = new ArrayList<>();
            for (LabeledSet set : sets) {
                for (Team t : set.teams) {
                    customerSections.add(t.customers);
                    notCustomerSections.add(t.sections.get("nc"));
                    for (String k : List.of("en", "ne", "me")) {
                        themeSections.add(t.sections.get(k));
                    }
                }
            }
            List<List<Labeled>> roleSections = new ArrayList<>(customerSections);
            roleSections.addAll(notCustomerSections);
            Sameness.Spread usualRoles = usual(Sameness.ROLES, roleSections);
            Sameness roles = Sameness.ROLES.weighted(new double[0], 0, usualRoles);
            List<Example> roleExamples = new ArrayList<>();
            List<Example> themeExamples = new ArrayList<>();
            customerSections.forEach(section -> roleExamples.addAll(examples(roles, section, PromptKind.CUSTOMER, true)));
            notCustomerSections.forEach(section -> roleExamples.addAll(examples(roles, section, PromptKind.NOT_CUSTOMER, true)));
            themeSections.forEach(section -> themeExamples.addAll(examples(Sameness.THEMES, section, PromptKind.ENABLERS, false)));
            return new Fitted(Weights.fit(roleExamples), Weights.fit(themeExamples), usualRoles);
        }

        /** The mean, over sections, of each section's own mean and spread of cosines. */
        private static Sameness.Spread usual(Sameness sameness, List<List<Labeled>> sections) {
            int d = sameness.texts("x").size();
            double[] mean = new double[d];
            double[] deviation = new double[d];
            int counted = 0;
            Sameness.Spread none = new Sameness.Spread(new double[d], new double[d], 1);
            for (List<Labeled> section : sections) {
                if (section.size() < 3) {
                    continue;
                }
                Sameness.Spread own = Sameness.Spread.of(views(sameness, section, PromptKind.CUSTOMER), none, 0);
                for (int k = 0; k < d; k++) {
                    mean[k] += own.mean()[k];
                    deviation[k] += own.deviation()[k];
                }
                counted++;
            }
            for (int k = 0; k < d; k++) {
                mean[k] /= counted;
                deviation[k] /= counted;
            }
            return new Sameness.Spread(mean, deviation, 1);
        }

        AlignmentAnalyzer analyzer(GroupingSettings settings) {
            return new AlignmentAnalyzer(RULES, MODEL, settings, Sameness.ROLES.weighted(roles.weights, roles.bias, usualRoles),
                    Sameness.THEMES.weighted(themes.weights, themes.bias, Sameness.Spread.NONE));
        }
    }

    private record Example(double[] signals, boolean same) {
    }

    private static List<Sameness.View> views(Sameness sameness, List<Labeled> items, PromptKind kind) {
        List<String> texts = items.stream().flatMap(i -> sameness.texts(i.text).stream()).distinct().toList();
        List<float[]> found = MODEL.vectors(texts);
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            vectors.put(texts.get(i), found.get(i));
        }
        return items.stream().map(i -> sameness.view(i.text, Sameness.trapped(flags(kind, i.text)), vectors::get)).toList();
    }

    private static List<Example> examples(Sameness sameness, List<Labeled> items, PromptKind kind, boolean relative) {
        List<Sameness.View> views = views(sameness, items, kind);
        Sameness.Spread spread = sameness.spread(views, relative);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                examples.add(new Example(sameness.signals(views.get(i), views.get(j), spread), items.get(i).group.equals(items.get(j).group)));
            }
        }
        return examples;
    }

    private static Set<String> flags(PromptKind kind, String text) {
        return RULES.firstNudge(new Prompt("p", kind, "", "", ""), text, new MemberContext("m", List.of(), List.of()), Set.of())
                .stream().map(Nudge::ruleId).collect(Collectors.toSet());
    }

    /** Logistic regression by gradient descent, lightly regularised: few signals, a few thousand pairs. */
    private record Weights(double[] weights, double bias) {
        static Weights fit(List<Example> examples) {
            int d = examples.get(0).signals.length;
            double[] w = new double[d];
            double b = 0;
            for (int round = 0; round < 4000; round++) {
                double[] gradient = new double[d];
                double gradientBias = 0;
                for (Example e : examples) {
                    double error = Sameness.probability(e.signals, w, b) - (e.same ? 1 : 0);
                    for (int k = 0; k < d; k++) {
                        gradient[k] += error * e.signals[k];
                    }
                    gradientBias += error;
                }
                for (int k = 0; k < d; k++) {
                    w[k] -= 0.5 * (gradient[k] / examples.size() + 0.001 * w[k]);
                }
                b -= 0.5 * gradientBias / examples.size();
            }
            return new Weights(w, b);
        }
    }

    /** One member's text and its true meaning group. */
    private record Labeled(String member, String text, String group) {
    }

    private record Team(Path csv, double trueAlignment, List<Labeled> customers, Map<String, List<Labeled>> sections) {
    }

    private record LabeledSet(String name, List<Team> teams) {
        static LabeledSet read(Path dir) throws IOException {
            JsonNode root = new ObjectMapper().readTree(dir.resolve("ground_truth.json").toFile()).get("teams");
            List<Team> teams = new ArrayList<>();
            for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
                JsonNode t = it.next();
                List<Labeled> customers = new ArrayList<>();
                t.get("customer").fields().forEachRemaining(c -> customers.add(new Labeled(c.getKey(),
                        Wording.firstItem(c.getValue().get("answer").asText()), c.getValue().get("group").asText())));
                Map<String, List<Labeled>> sections = new LinkedHashMap<>();
                sections.put("nc", labeled(t.get("not_customer_items"), "item"));
                sections.put("en", labeled(t.get("enablers"), "answer"));
                sections.put("ne", labeled(t.get("non_enablers"), "answer"));
                sections.put("me", labeled(t.get("measures"), "answer"));
                teams.add(new Team(dir.resolve(t.get("csv").asText()), t.get("true_alignment").asDouble(), customers, sections));
            }
            return new LabeledSet(dir.toAbsolutePath().normalize().getFileName().toString(), teams);
        }

        private static List<Labeled> labeled(JsonNode items, String field) {
            List<Labeled> out = new ArrayList<>();
            items.forEach(i -> out.add(new Labeled(i.get("member").asText(), i.get(field).asText(), i.get("group").asText())));
            return out;
        }
    }

    /** Pairs of members (or items) put together rightly, wrongly, or kept apart wrongly. */
    private record Pairs(int right, int wrong, int missed) {
        Pairs plus(Pairs o) {
            return new Pairs(right + o.right, wrong + o.wrong, missed + o.missed);
        }

        double precision() {
            return right + wrong == 0 ? 1 : (double) right / (right + wrong);
        }

        double recall() {
            return right + missed == 0 ? 1 : (double) right / (right + missed);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        static Pairs of(Map<String, String> truth, Map<String, Set<Integer>> predicted) {
            List<String> keys = new ArrayList<>(truth.keySet());
            int right = 0;
            int wrong = 0;
            int missed = 0;
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    boolean same = truth.get(keys.get(i)).equals(truth.get(keys.get(j)));
                    Set<Integer> a = predicted.getOrDefault(keys.get(i), Set.of());
                    boolean together = a.stream().anyMatch(predicted.getOrDefault(keys.get(j), Set.of())::contains);
                    right += same && together ? 1 : 0;
                    wrong += !same && together ? 1 : 0;
                    missed += same && !together ? 1 : 0;
                }
            }
            return new Pairs(right, wrong, missed);
        }
    }

    /** The figures of {@code score.py}, computed in process: customer pairs, score error, theme pairs. */
    private record Score(Pairs customers, double mae, Map<String, Pairs> themes) {
        static Score of(AlignmentAnalyzer analyzer, List<LabeledSet> sets) {
            Pairs customers = new Pairs(0, 0, 0);
            double error = 0;
            int teams = 0;
            Map<String, Pairs> themes = new LinkedHashMap<>();
            PromptResolver prompts = PromptResolver.of(PlaybookCatalog.builtIn());
            for (LabeledSet set : sets) {
                for (Team t : set.teams) {
                    AlignmentSummary s;
                    try (InputStream in = Files.newInputStream(t.csv)) {
                        s = analyzer.analyze(AnswersCsv.read(in, prompts), Decisions.NONE);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    Map<String, String> truth = new LinkedHashMap<>();
                    t.customers.forEach(c -> truth.put(c.member, c.group));
                    customers = customers.plus(Pairs.of(truth, membership(s.customerGroups())));
                    error += Math.abs(s.alignmentScore() - t.trueAlignment);
                    teams++;
                    for (Map.Entry<String, List<Labeled>> section : t.sections.entrySet()) {
                        themes.merge(section.getKey(), sectionPairs(analyzer, section.getKey(), section.getValue()), Pairs::plus);
                    }
                }
            }
            return new Score(customers, error / teams, themes);
        }

        /** As {@code score.py} probes it: each item given by its own member. */
        private static Pairs sectionPairs(AlignmentAnalyzer analyzer, String section, List<Labeled> items) {
            if (items.isEmpty()) {
                return new Pairs(0, 0, 0);
            }
            PromptKind kind = switch (section) {
                case "nc" -> PromptKind.NOT_CUSTOMER;
                case "en" -> PromptKind.ENABLERS;
                case "ne" -> PromptKind.NON_ENABLERS;
                default -> PromptKind.MEASURE;
            };
            List<AnswerRecord> answers = new ArrayList<>();
            Map<String, String> truth = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String member = "m" + i;
                answers.add(new AnswerRecord(member, kind, kind.id(), items.get(i).text, null));
                truth.put(member, items.get(i).group);
            }
            AlignmentSummary s = analyzer.analyze(List.of(new CheckInAnswers("probe", null, List.of(), answers)), Decisions.NONE);
            List<Group> groups = switch (section) {
                case "nc" -> s.notCustomers();
                case "en" -> s.enablers();
                case "ne" -> s.nonEnablers();
                default -> s.measures();
            };
            return Pairs.of(truth, membership(groups));
        }

        private static Map<String, Set<Integer>> membership(List<Group> groups) {
            Map<String, Set<Integer>> of = new HashMap<>();
            for (int g = 0; g < groups.size(); g++) {
                for (String m : groups.get(g).members()) {
                    of.computeIfAbsent(m, k -> new HashSet<>()).add(g);
                }
            }
            return of;
        }
    }
}
