package com.claritycoach.core.engine;

import com.claritycoach.core.alignment.AnswerRecord;
import com.claritycoach.core.alignment.CheckInAnswers;
import com.claritycoach.core.domain.Answer;
import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.playbook.PromptKind;
import com.claritycoach.core.store.StoreTx;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Locale;
import java.util.Optional;

/** Reads a team's stored check-ins as the analysis sees them: display names, prompt kinds, answers. */
final class TeamHistory {
    static final int TREND_LENGTH = 8;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final PlaybookCatalog catalog;

    TeamHistory(PlaybookCatalog catalog) {
        this.catalog = catalog;
    }

    /** The check-ins up to and including {@code last}, oldest first, at most {@link #TREND_LENGTH}. */
    List<CheckInAnswers> upTo(StoreTx tx, CheckIn last) {
        List<CheckIn> all = tx.checkIns(last.teamId()).stream().filter(c -> !c.opened().isAfter(last.opened())).toList();
        List<CheckInAnswers> history = new ArrayList<>();
        for (CheckIn checkIn : all.subList(Math.max(0, all.size() - TREND_LENGTH), all.size())) {
            history.add(read(tx, checkIn));
        }
        return history;
    }

    CheckInAnswers read(StoreTx tx, CheckIn checkIn) {
        Map<String, PromptKind> kinds = kinds(catalog.find(checkIn.playbookId()));
        Map<MemberRef, String> names = new HashMap<>();
        List<String> asked = new ArrayList<>();
        for (MemberProfile profile : tx.askedIn(checkIn.id())) {
            names.put(profile.ref(), profile.displayName());
            asked.add(profile.displayName());
        }
        Function<MemberRef, String> name = member -> names.computeIfAbsent(member, m -> name(tx, m));
        List<AnswerRecord> answers = new ArrayList<>();
        for (Answer a : tx.currentAnswers(checkIn.id())) {
            PromptKind kind = kinds.get(a.promptId());
            if (kind != null) {
                answers.add(new AnswerRecord(name.apply(a.member()), kind, a.promptId(), a.text(), a.flags()));
            }
        }
        List<String> away = tx.skipped(checkIn.id()).stream().map(name).toList();
        return new CheckInAnswers(LABEL.format(checkIn.opened()), checkIn.opened(), asked, away, answers);
    }

    /** Each prompt's kind by id (the first prompt of an id, as {@link Playbook#promptById}), looked up once per answer. */
    private static Map<String, PromptKind> kinds(Optional<Playbook> playbook) {
        Map<String, PromptKind> kinds = new HashMap<>();
        playbook.ifPresent(p -> p.prompts().forEach(prompt -> kinds.putIfAbsent(prompt.id(), prompt.kind())));
        return kinds;
    }

    /** The name of someone who may have left the team since (their profile stays until they are forgotten). */
    static String name(StoreTx tx, MemberRef member) {
        return tx.findProfile(member).map(MemberProfile::displayName).orElse(member.userId());
    }
}
