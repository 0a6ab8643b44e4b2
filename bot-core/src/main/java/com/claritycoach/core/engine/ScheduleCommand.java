package com.claritycoach.core.engine;

import com.claritycoach.core.schedule.TeamSettings;
import com.claritycoach.core.schedule.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sets, clears or shows the team's weekly check-in slot. */
final class ScheduleCommand implements TeamCommand {
    static final String FORM = "schedule weekly <day> <HH:MM> [time zone], e.g. schedule weekly monday 09:00 Europe/Berlin";
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

    @Override
    public String name() {
        return "schedule";
    }

    @Override
    public String usage() {
        return "schedule weekly <day> <HH:MM> [time zone] | schedule off";
    }

    @Override
    public String description() {
        return "open a check-in every week on its own (time zone defaults to yours); schedule alone shows it";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        long teamId = ctx.team().id();
        TeamSettings settings = ctx.tx().teamSettings(teamId);
        String[] words = ctx.args().isBlank() ? new String[0] : ctx.args().strip().split("\\s+");
        if (words.length == 0) {
            ctx.reply(ScheduleText.describe(settings, ctx.step().now()));
            return;
        }
        if (words.length == 1 && words[0].equalsIgnoreCase("off")) {
            ctx.tx().saveTeamSettings(teamId, settings.withSchedule(null));
            ctx.reply("The weekly schedule is off. An open check-in still closes at its deadline; say start to open one by hand.");
            return;
        }
        if (!words[0].equalsIgnoreCase("weekly") || words.length < 3 || words.length > 4) {
            ctx.reply("I could not read that schedule. Use " + FORM + ", or schedule off.");
            return;
        }
        Optional<DayOfWeek> day = day(words[1]);
        if (day.isEmpty()) {
            ctx.reply("'" + words[1] + "' is not a day of the week. Use " + FORM + ".");
            return;
        }
        Matcher time = TIME.matcher(words[2]);
        if (!time.matches()) {
            ctx.reply("'" + words[2] + "' is not a time of day. Use 24-hour HH:MM: " + FORM + ".");
            return;
        }
        Optional<ZoneId> zone = words.length == 4 ? zone(words[3]) : Optional.of(ctx.issuer().profile().timeZone());
        if (zone.isEmpty()) {
            ctx.reply("'" + words[3] + "' is not a time zone I know. Use a region name such as Europe/Berlin, "
                    + "America/New_York or UTC: " + FORM + ".");
            return;
        }
        WeeklySchedule schedule = new WeeklySchedule(day.get(),
                LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2))), zone.get(), ctx.step().now());
        TeamSettings changed = settings.withSchedule(schedule);
        ctx.tx().saveTeamSettings(teamId, changed);
        ctx.reply("Scheduled. " + ScheduleText.describe(changed, ctx.step().now()));
    }

    private static Optional<DayOfWeek> day(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            if (name.equals(w) || (w.length() >= 3 && name.startsWith(w))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static Optional<ZoneId> zone(String word) {
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.equalsIgnoreCase(word)).findFirst()
                .map(ZoneId::of)
                .or(() -> word.equalsIgnoreCase("UTC") || word.equalsIgnoreCase("GMT") ? Optional.of(ZoneId.of("UTC"))
                        : Optional.empty());
    }
}
