package com.claritycoach.core.engine;

import com.claritycoach.core.alignment.AnswerRecord;
import com.claritycoach.core.alignment.CheckInAnswers;
import com.claritycoach.core.csv.AnswersCsv;
import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends the manager who asks every answer of the team's check-ins as CSV, privately: the same
 * format {@code analyze} reads, so the numbers can be checked or combined elsewhere.
 */
final class ExportCommand implements TeamCommand {
    private final TeamHistory history;

    ExportCommand(TeamHistory history) {
        this.history = history;
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
            for (AnswerRecord a : answers.answers()) {
                rows.add(new AnswersCsv.Row(answers.label(), a.member(), a.kind(), a.text()));
            }
        }
        String intro = "Answers of " + ctx.team().name() + " (" + checkIns.size()
                + (checkIns.size() == 1 ? " check-in" : " check-ins") + ", " + rows.size()
                + " answers) as CSV. Save it as a .csv file; clarity-coach.jar analyze reads it.";
        String csv = AnswersCsv.write(rows);
        ctx.step().send(new Destination.DirectMessage(ctx.issuer().ref()), intro + "\n" + csv,
                new MessagePart.ExportPart(intro, csv));
        ctx.reply("I have sent you the answers privately.");
    }
}
