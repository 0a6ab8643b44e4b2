package com.claritycoach.app.demo;

import com.claritycoach.core.playbook.PromptKind;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scripted team of the demo: a hospital software team whose members mostly agree on their
 * ultimate customer, with a few classic traps for the coach to catch. Each answer list is what the
 * member says first and, if coached, what they say next ({@code keep} keeps the first answer).
 */
final class DemoTeam {
    static final String MANAGER = "maria";

    private static final Map<PromptKind, List<String>> USUAL = new EnumMap<>(Map.ofEntries(
            Map.entry(PromptKind.OUTCOME, List.of("Patients leave hospital safely, a day sooner than today")),
            Map.entry(PromptKind.CUSTOMER, List.of("The ward nurse who signs off each discharge")),
            Map.entry(PromptKind.NOT_CUSTOMER, List.of("Our cloud vendor, the press and the hospital board")),
            Map.entry(PromptKind.RELIES_ON_ME, List.of("The ward nurses who use the discharge checklist")),
            Map.entry(PromptKind.INPUT_FOR, List.of("The pharmacy team's medication plans")),
            Map.entry(PromptKind.LISTENING, List.of("Ward nurses on the two pilot wards")),
            Map.entry(PromptKind.CUSTOMERS_CUSTOMER, List.of("The patient going home")),
            Map.entry(PromptKind.ENABLERS, List.of("Shadowing nurses during discharge rounds every week")),
            Map.entry(PromptKind.NON_ENABLERS, List.of("Polishing the admin dashboard nobody on the ward opens")),
            Map.entry(PromptKind.MEASURE, List.of("Average length of stay on the pilot wards, every month")),
            Map.entry(PromptKind.REFLECTION, List.of("Nurses print the checklist because the tablet is slow"))));

    private DemoTeam() {
    }

    /** Member name → their answers by prompt kind (falling back to the team's usual answers). */
    static Map<String, Map<PromptKind, List<String>>> members() {
        Map<String, Map<PromptKind, List<String>>> team = new LinkedHashMap<>();
        team.put(MANAGER, Map.of(
                PromptKind.RELIES_ON_ME, List.of("Ana and Ben build on the priorities I set")));
        team.put("ana", Map.of(
                PromptKind.CUSTOMER, List.of("my manager", "The ward nurse who discharges patients"),
                PromptKind.RELIES_ON_ME, List.of("Ben builds the app screens on my checklist API")));
        team.put("ben", Map.of(
                PromptKind.CUSTOMER, List.of("Ward nurses"),
                PromptKind.INPUT_FOR, List.of("Chen's release notes for the wards")));
        team.put("chen", Map.of(
                PromptKind.CUSTOMER, List.of("everyone", "keep"),
                PromptKind.RELIES_ON_ME, List.of("Eli, who trains the wards on each release")));
        team.put("dara", Map.of(
                PromptKind.OUTCOME, List.of("idk", "Fewer patients waiting for a bed"),
                PromptKind.CUSTOMER, List.of("The patient")));
        team.put("eli", Map.of(
                PromptKind.CUSTOMER, List.of("the ward nurse"),
                PromptKind.ENABLERS, List.of("Training sessions on the wards at shift change")));
        return team;
    }

    static List<String> answers(Map<PromptKind, List<String>> member, PromptKind kind) {
        return member.getOrDefault(kind, USUAL.getOrDefault(kind, List.of("Helping the ward nurses discharge sooner")));
    }
}
