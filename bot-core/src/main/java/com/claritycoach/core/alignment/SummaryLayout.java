package com.claritycoach.core.alignment;

import com.claritycoach.core.message.MessagePart.SummaryPart;
import com.claritycoach.core.message.MessagePart.SummaryPart.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lays a summary out for people: short enough to read on a phone (top groups only), and without any
 * member name when the team is anonymous (the pairs a manager is asked about carry wordings only).
 * Markdown and every platform render this one layout.
 */
public final class SummaryLayout {
    /** An anonymous team's summary needs this many respondents, so no one can be singled out. */
    public static final int ANONYMOUS_MINIMUM = 3;
    static final int TOP = 3;

    private SummaryLayout() {
    }

    /** Why an anonymous team gets no summary yet, if that is the case. */
    public static Optional<String> withheld(AlignmentSummary summary, boolean anonymous) {
        int respondents = summary.participation().respondents();
        if (!anonymous || respondents >= ANONYMOUS_MINIMUM) {
            return Optional.empty();
        }
        return Optional.of("This team is anonymous, so the summary appears once at least " + ANONYMOUS_MINIMUM
                + " members have answered (" + respondents + " so far).");
    }

    public static SummaryPart layout(AlignmentSummary s, String teamName, boolean anonymous, byte[] chartPng) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Ultimate customer", groups(s.customerGroups(), anonymous, true)));
        add(sections, "Not our customer", s.notCustomers().stream().limit(5).map(SummaryLayout::counted).toList());
        sections.add(new Section("Line of sight", lineOfSight(s, anonymous)));
        add(sections, "What moves us towards the outcome", groups(s.enablers(), true, false));
        add(sections, "What does not", groups(s.nonEnablers(), true, false));
        add(sections, "How we will measure success", groups(s.measures(), true, false));
        add(sections, "Most listening time goes to", groups(s.listening(), true, false));
        sections.add(new Section("Coaching flags", flags(s.flags(), anonymous)));
        sections.add(new Section("Participation", participation(s, anonymous)));
        add(sections, "Trend", trend(s));
        return new SummaryPart("Alignment summary: " + teamName + " (" + s.checkIn() + ")", headline(s), sections,
                chartPng, s.undecided().stream().map(p -> new SummaryPart.Undecided(p.first(), p.second())).toList());
    }

    static String headline(AlignmentSummary s) {
        if (s.customerRespondents() == 0) {
            return "No one has named an ultimate customer yet.";
        }
        String line = percent(s.alignmentScore()) + " agree on the ultimate customer ("
                + s.topCustomer().map(Group::count).orElse(0) + " of " + s.customerRespondents() + ") · "
                + s.distinctCustomers() + (s.distinctCustomers() == 1 ? " customer" : " different customers") + " named";
        return line + s.previous().map(p -> " · " + arrow(p.alignmentScore(), s.alignmentScore()) + " from "
                + percent(p.alignmentScore())).orElse("");
    }

    private static List<String> groups(List<Group> groups, boolean anonymous, boolean markTraps) {
        List<String> lines = new ArrayList<>();
        groups.stream().limit(TOP).forEach(g -> lines.add(g.label() + ": " + g.count()
                + (anonymous ? "" : " (" + String.join(", ", g.members()) + ")")
                + (markTraps && !g.flags().isEmpty() ? " [coached: " + String.join(", ", g.flags()) + "]" : "")));
        if (groups.size() > TOP) {
            lines.add("and " + (groups.size() - TOP) + " more");
        }
        if (lines.isEmpty()) {
            lines.add("No answers yet.");
        }
        return lines;
    }

    private static String counted(Group g) {
        return g.label() + " (" + g.count() + ")";
    }

    private static List<String> lineOfSight(AlignmentSummary s, boolean anonymous) {
        LineOfSight los = s.lineOfSight();
        int total = los.connected().size() + los.disconnected().size();
        if (s.topCustomer().isEmpty() || total == 0) {
            return List.of("Not enough answers to trace yet.");
        }
        List<String> lines = new ArrayList<>();
        lines.add(los.connected().size() + " of " + total + " trace their work to \"" + s.topCustomer().get().label() + "\".");
        if (!los.disconnected().isEmpty()) {
            lines.add(anonymous ? los.disconnected().size() + " do not yet."
                    : "Not yet: " + String.join(", ", los.disconnected()) + ".");
        }
        if (!anonymous && !los.edges().isEmpty()) {
            lines.add("Who serves whom: " + los.edges().stream().limit(8).map(e -> e.from() + " → " + e.to())
                    .collect(Collectors.joining(", ")) + (los.edges().size() > 8 ? ", …" : ""));
        }
        return lines;
    }

    private static List<String> flags(Map<String, FlagCount> flags, boolean anonymous) {
        List<String> lines = flags.entrySet().stream().filter(e -> e.getValue().count() > 0)
                .map(e -> e.getKey() + ": " + e.getValue().count()
                        + (anonymous ? "" : " (" + String.join(", ", e.getValue().members()) + ")"))
                .toList();
        return lines.isEmpty() ? List.of("No answer fell into a known trap.") : lines;
    }

    private static List<String> participation(AlignmentSummary s, boolean anonymous) {
        Participation p = s.participation();
        List<String> lines = new ArrayList<>();
        lines.add(p.respondents() + " of " + p.asked() + " answered.");
        if (!p.nonRespondents().isEmpty()) {
            lines.add(anonymous ? p.nonRespondents().size() + " have not answered yet."
                    : "Not answered yet: " + String.join(", ", p.nonRespondents()) + ".");
        }
        if (!p.away().isEmpty()) {
            lines.add(anonymous ? p.away().size() + " away this week."
                    : "Away this week: " + String.join(", ", p.away()) + ".");
        }
        return lines;
    }

    private static List<String> trend(AlignmentSummary s) {
        if (s.trend().size() < 2) {
            return List.of();
        }
        List<TrendPoint> last = s.trend().subList(Math.max(0, s.trend().size() - 5), s.trend().size());
        String path = last.stream().map(p -> percent(p.alignmentScore()) + " (" + p.checkIn() + ")")
                .collect(Collectors.joining(" → "));
        TrendPoint previous = s.previous().orElseThrow();
        return List.of(path + " " + arrow(previous.alignmentScore(), s.alignmentScore()));
    }

    private static void add(List<Section> sections, String heading, List<String> lines) {
        if (!lines.isEmpty() && !(lines.size() == 1 && lines.get(0).equals("No answers yet."))) {
            sections.add(new Section(heading, lines));
        }
    }

    static String percent(double score) {
        return String.format(Locale.ROOT, "%d%%", Math.round(score * 100));
    }

    static String arrow(double before, double now) {
        long b = Math.round(before * 100);
        long n = Math.round(now * 100);
        return n > b ? "↑" : n < b ? "↓" : "→";
    }
}
