package com.claritycoach.core.engine;

import com.claritycoach.core.alignment.AnswerRecord;
import com.claritycoach.core.alignment.CheckInAnswers;
import com.claritycoach.core.csv.AnswersCsv;
import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sends the manager who asks every answer of the team's check-ins as a CSV file, privately: the same
 * format {@code analyze} reads, so the numbers can be checked or combined elsewhere. Each check-in is
 * labelled by its opening time and id, so an export analyses to the same check-ins and trend.
 */
final class ExportCommand implements TeamCommand {
    private static final DateTimeFormatter CHECK_IN_LABEL =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern SAFE = Pattern.compile("[^a-z0-9]+");

    private final TeamHistory history;

    ExportCommand(TeamHistory history) {
        this.history = history;
    }

    /**
     * Names one check-in uniquely and readably: the day alone would merge two check-ins of one day into
     * one when the file is analysed.
     */
    static String label(CheckIn checkIn) {
        return CHECK_IN_LABEL.format(checkIn.opened()) + " #" + checkIn.id();
    }

    /** {@code answers-<team>-<yyyyMMdd-HHmmss>.csv}, with only letters, digits and dashes from the team name. */
    static String fileName(String teamName, Instant at) {
        String team = SAFE.matcher(teamName.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        String safeTeam = team.isEmpty() ? "team" : team.substring(0, Math.min(team.length(), 40));
        return "answers-" + safeTeam + "-" + FILE_TIME.format(at) + ".csv";
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export";
    }

    @Override
    public String description() {
        return "get every answer as CSV in a private message";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        List<CheckIn> checkIns = ctx.tx().checkIns(ctx.team().id());
        if (checkIns.isEmpty()) {
            ctx.reply("There is nothing to export yet: no check-in has been started in this team.");
            return;
        }
        List<AnswersCsv.Row> rows = new ArrayList<>();
        for (CheckIn checkIn : checkIns) {
            CheckInAnswers answers = history.read(ctx.tx(), checkIn);
            String label = label(checkIn);
            for (AnswerRecord a : answers.answers()) {
                rows.add(new AnswersCsv.Row(label, a.member(), a.kind(), a.text()));
            }
        }
        String fileName = fileName(ctx.team().name(), ctx.step().now());
        String intro = "Answers of " + ctx.team().name() + " (" + checkIns.size()
                + (checkIns.size() == 1 ? " check-in" : " check-ins") + ", " + rows.size()
                + (rows.size() == 1 ? " answer" : " answers") + ") in the file " + fileName
                + "; clarity-coach.jar analyze reads it.";
        ctx.step().send(new Destination.DirectMessage(ctx.issuer().ref()), intro,
                new MessagePart.ExportPart(intro, fileName, AnswersCsv.write(rows)));
        ctx.reply("I have sent you the answers privately.");
    }
}
