package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly rhythm: schedules, local hours, reminders, deadlines, and members sitting a week out. */
class ScheduleTranscriptTest {
    @TempDir
    Path dir;

    private Transcript t;

    @AfterEach
    void close() {
        t.close();
    }

    private Transcript open(String at) {
        t = Transcript.open(dir);
        t.clock().set(Instant.parse(at));
        return t;
    }

    @Test
    void berlinCheckInOpensAtNineLocalOnBothSidesOfTheSpringChange() {
        open("2027-03-17T12:00:00Z");
        Person ada = t.joins("ada", "Europe/Berlin");
        Person ben = t.joins("ben");
        assertThat(ada.runs("schedule weekly monday 09:00 Europe/Berlin").privately(ada))
                .contains("every Monday at 09:00 (Europe/Berlin)", "Next one: Mon 22 Mar 2027 09:00 CET");

        assertThat(t.tickAt("2027-03-22T07:59:00Z").isEmpty()).isTrue();
        Transcript.Lines opened = t.tickAt("2027-03-22T08:00:00Z");
        assertThat(opened.channel()).contains("weekly", "check-in for product is open", "2 members");
        assertThat(opened.to(ben)).contains("Hi ben!", "What is the ultimate outcome?");
        assertThat(t.tick().isEmpty()).as("the same slot never fires twice").isTrue();

        assertThat(t.tickAt("2027-03-23T08:00:00Z").channel()).contains("reached its deadline");
        assertThat(t.tickAt("2027-03-29T06:59:00Z").isEmpty()).isTrue();
        assertThat(t.tickAt("2027-03-29T07:00:00Z").channel()).as("09:00 CEST").contains("is open");
    }

    @Test
    void newYorkCheckInStaysAtNineLocalWhenTheClocksFallBack() {
        open("2027-10-27T12:00:00Z");
        Person ada = t.joins("ada", "America/New_York");
        ada.runs("schedule weekly monday 09:00 America/New_York");

        assertThat(t.tickAt("2027-11-01T13:00:00Z").channel()).as("09:00 EDT").contains("is open");
        t.tickAt("2027-11-02T13:00:00Z");
        assertThat(t.tickAt("2027-11-08T13:00:00Z").isEmpty()).as("08:00 EST").isTrue();
        assertThat(t.tickAt("2027-11-08T14:00:00Z").channel()).as("09:00 EST").contains("is open");
    }

    @Test
    void aSlotInTheHourThatRepeatsWhenClocksFallBackFiresOnce() {
        open("2027-11-01T12:00:00Z");
        Person ada = t.joins("ada", "America/New_York");
        ada.runs("schedule weekly sunday 01:30");

        assertThat(t.tickAt("2027-11-07T05:30:00Z").channel()).as("01:30 EDT").contains("is open");
        t.clock().set(Instant.parse("2027-11-07T06:00:00Z"));
        ada.runs("close");
        assertThat(t.tickAt("2027-11-07T06:30:00Z").isEmpty()).as("01:30 EST is the same slot").isTrue();
        assertThat(t.tickAt("2027-11-14T06:30:00Z").channel()).contains("is open");
    }

    @Test
    void scheduleUsesTheManagersTimeZoneFarFromTheServers() {
        open("2026-11-25T12:00:00Z");
        Person kenji = t.joins("kenji", "Asia/Tokyo");
        assertThat(kenji.runs("schedule weekly monday 09:00").privately(kenji))
                .contains("(Asia/Tokyo)", "Next one: Mon 30 Nov 2026 09:00 JST");

        assertThat(t.tickAt("2026-11-29T23:59:00Z").isEmpty()).isTrue();
        assertThat(t.tickAt("2026-11-30T00:00:00Z").to(kenji)).as("Sunday in UTC, Monday in Tokyo")
                .contains("Hi kenji!");
    }

    @Test
    void settingAScheduleAfterThisWeeksSlotWaitsForNextWeek() {
        open("2026-11-23T10:00:00Z");
        Person ada = t.joins("ada");
        ada.runs("schedule weekly monday 09:00 UTC");

        assertThat(t.tick().isEmpty()).isTrue();
        assertThat(t.tickAt("2026-11-30T09:00:00Z").channel()).contains("is open");
    }

    @Test
    void oneReminderGoesToMembersWhoHaveNotFinishedAndWantIt() {
        open("2026-11-23T08:00:00Z");
        Person ada = t.joins("ada");
        Person ben = t.joins("ben");
        Person cy = t.joins("cy");
        Person dee = t.joins("dee");
        ada.runs("schedule weekly monday 09:00 UTC");
        ada.runs("playbook weekly");
        t.tickAt("2026-11-23T09:00:00Z");
        ben.says("The ward nurse who discharges patients");
        ben.says("I fixed the discharge report");
        assertThat(cy.says("no reminders").to(cy)).contains("no more reminders");
        assertThat(dee.says("skip this week").to(dee)).contains("sitting out this week's check-in for product");

        assertThat(t.tickAt("2026-11-24T06:59:00Z").isEmpty()).isTrue();
        Transcript.Lines reminded = t.tickAt("2026-11-24T07:00:00Z");
        assertThat(reminded.to(ada)).contains("friendly reminder", "closes Tue 24 Nov 2026 09:00 UTC", "2 questions to go");
        assertThat(reminded.to(ben)).isEmpty();
        assertThat(reminded.to(cy)).isEmpty();
        assertThat(reminded.to(dee)).isEmpty();
        assertThat(t.tickAt("2026-11-24T08:00:00Z").isEmpty()).as("only one reminder").isTrue();
    }

    @Test
    void remindersOnBringsTheReminderBack() {
        open("2026-11-23T08:00:00Z");
        Person ada = t.joins("ada");
        Person ben = t.joins("ben");
        ada.runs("schedule weekly monday 09:00 UTC");
        ben.says("no reminders");
        assertThat(ben.says("reminders on").to(ben)).contains("Reminders are on again");
        t.tickAt("2026-11-23T09:00:00Z");

        assertThat(t.tickAt("2026-11-24T07:00:00Z").to(ben)).contains("friendly reminder");
    }

    @Test
    void aLocalTimeMemberWhoSkipsBeforeTheirHourIsNeverAsked() {
        open("2026-11-20T12:00:00Z");
        Person ada = t.joins("ada", "Europe/Berlin");
        Person ben = t.joins("ben", "America/New_York");
        ada.runs("schedule weekly monday 09:00 Europe/Berlin");
        ada.runs("ask at local time on");
        t.tickAt("2026-11-23T08:00:00Z");

        assertThat(ben.says("skip this week").to(ben)).contains("sitting out this week's check-in for product");
        assertThat(t.tickAt("2026-11-23T14:00:00Z").to(ben)).isEmpty();
        assertThat(t.tickAt("2026-11-24T06:00:00Z").to(ben)).as("no reminder either").isEmpty();
        assertThat(t.tickAt("2026-11-24T08:00:00Z").channel()).contains("1 member sat this one out");
    }

    @Test
    void theDeadlineClosesTheCheckInPostsTheSummaryAndRefusesLateAnswers() {
        open("2026-11-23T08:00:00Z");
        Person ada = t.joins("ada");
        Person ben = t.joins("ben");
        ada.runs("schedule weekly monday 09:00 UTC");
        ada.runs("deadline 4");
        t.tickAt("2026-11-23T09:00:00Z");
        ben.says("Patients leave hospital a day sooner");

        Transcript.Lines closed = t.tickAt("2026-11-23T13:00:00Z");
        assertThat(closed.channel()).contains("reached its deadline", "0 of 2 members answered every question",
                "Alignment summary: product", "1 of 2 answered");
        assertThat(ben.says("Our suppliers").to(ben)).contains("There is no check-in open for you right now");
        assertThat(t.tick().isEmpty()).isTrue();
    }

    @Test
    void aTeamThatTakesLateAnswersSavesThemAfterTheDeadline() {
        open("2026-11-23T09:00:00Z");
        Person ada = t.joins("ada");
        Person ben = t.joins("ben");
        ada.runs("deadline 4");
        assertThat(ada.runs("late answers accept").privately(ada)).contains("saved, marked late");
        ada.runs("start");

        t.tickAt("2026-11-23T13:00:00Z");
        Transcript.Lines late = ben.says("Patients leave hospital a day sooner");
        assertThat(late.to(ben)).contains("saved this one as late", "Question 2 of 5");
        assertThat(t.answers().get("ben")).containsEntry("outcome", "Patients leave hospital a day sooner");
        assertThat(ada.runs("late answers refuse").privately(ada)).contains("politely refused");
        assertThat(ben.says("The ward nurse").to(ben)).contains("There is no check-in open for you right now");
    }

    @Test
    void aCheckInStillOpenAtTheSlotMeansThatWeekIsSkipped() {
        open("2026-11-23T08:00:00Z");
        Person ada = t.joins("ada");
        ada.runs("start");
        ada.runs("schedule weekly monday 08:30 UTC");

        assertThat(t.tickAt("2026-11-23T08:30:00Z").isEmpty()).isTrue();
        assertThat(t.tickAt("2026-11-24T08:00:00Z").channel()).contains("reached its deadline");
        assertThat(t.tickAt("2026-11-24T08:00:30Z").isEmpty()).as("not opened late").isTrue();
        assertThat(t.tickAt("2026-11-30T08:30:00Z").channel()).contains("is open");
    }

    @Test
    void startUsesTheTeamsDeadline() {
        open("2026-11-23T09:00:00Z");
        Person ada = t.joins("ada");
        assertThat(ada.runs("deadline 48").privately(ada)).contains("stay open 48 hours");

        assertThat(ada.runs("start").channel()).contains("It closes Wed 25 Nov 2026 09:00 UTC.");
    }

    @Test
    void askAtLocalTimeReachesEachMemberAtNineInTheirOwnZone() {
        open("2026-11-20T12:00:00Z");
        Person ada = t.joins("ada", "Europe/Berlin");
        Person ben = t.joins("ben", "America/New_York");
        ada.runs("schedule weekly monday 09:00 Europe/Berlin");
        assertThat(ada.runs("ask at local time on").privately(ada)).contains("in their own time zone");

        Transcript.Lines berlinNine = t.tickAt("2026-11-23T08:00:00Z");
        assertThat(berlinNine.to(ada)).contains("Hi ada!");
        assertThat(berlinNine.to(ben)).isEmpty();
        assertThat(berlinNine.channel()).contains("at the scheduled hour in your own time zone");
        assertThat(t.tickAt("2026-11-23T13:59:00Z").to(ben)).isEmpty();
        assertThat(t.tickAt("2026-11-23T14:00:00Z").to(ben)).contains("Hi ben!", "What is the ultimate outcome?");
        assertThat(t.tick().isEmpty()).isTrue();
    }

    @Test
    void askAtLocalTimeAsksAtOnceThoseWhoseHourWouldComeOnlyAfterTheDeadline() {
        open("2026-11-25T12:00:00Z");
        Person kenji = t.joins("kenji", "Asia/Tokyo");
        Person priya = t.joins("priya", "Asia/Kolkata");
        Person ben = t.joins("ben", "America/New_York");
        kenji.runs("schedule weekly monday 09:00");
        kenji.runs("deadline 4");
        kenji.runs("ask at local time on");

        Transcript.Lines opened = t.tickAt("2026-11-30T00:00:00Z");
        assertThat(opened.to(kenji)).contains("Hi kenji!");
        assertThat(opened.to(ben)).as("09:00 in New York is after the 04:00 UTC deadline").contains("Hi ben!");
        assertThat(opened.to(priya)).isEmpty();
        assertThat(t.tickAt("2026-11-30T03:30:00Z").to(priya)).as("09:00 in Kolkata").contains("Hi priya!");
        assertThat(t.tickAt("2026-11-30T04:00:00Z").channel()).contains("0 of 3 members answered");
    }

    @Test
    void scheduleOffStopsTheWeeklyCheckIn() {
        open("2026-11-20T12:00:00Z");
        Person ada = t.joins("ada");
        ada.runs("schedule weekly mon 09:00 UTC");
        assertThat(ada.runs("schedule off").privately(ada)).contains("The weekly schedule is off");

        assertThat(t.tickAt("2026-11-23T09:00:00Z").isEmpty()).isTrue();
        assertThat(ada.runs("schedule").privately(ada)).contains("No weekly schedule");
    }

    @Test
    void invalidDayTimeOrZoneIsAnsweredWithTheCorrectForm() {
        open("2026-11-20T12:00:00Z");
        Person ada = t.joins("ada");

        assertThat(ada.runs("schedule weekly mondy 09:00").privately(ada))
                .contains("'mondy' is not a day of the week", "schedule weekly monday 09:00 Europe/Berlin");
        assertThat(ada.runs("schedule weekly monday 25:00").privately(ada))
                .contains("'25:00' is not a time of day", "schedule weekly monday 09:00 Europe/Berlin");
        assertThat(ada.runs("schedule weekly monday 09:00 Mars/Olympus").privately(ada))
                .contains("'Mars/Olympus' is not a time zone I know", "schedule weekly monday 09:00 Europe/Berlin");
        assertThat(ada.runs("schedule every day").privately(ada)).contains("schedule weekly <day> <HH:MM> [time zone]");
        assertThat(ada.runs("deadline soon").privately(ada)).contains("e.g. deadline 48");
        assertThat(ada.runs("reminder 30").privately(ada)).contains("from 1 to 23");
        assertThat(ada.runs("playbook onboarding").privately(ada))
                .contains("I don't know a playbook called 'onboarding'", "Available: discovery, weekly");
        assertThat(ada.runs("late answers maybe").privately(ada)).contains("late answers accept", "late answers refuse");
        assertThat(ada.runs("ask at local time sometimes").privately(ada))
                .contains("ask at local time on", "ask at local time off");
        assertThat(ada.runs("schedule").privately(ada)).contains("No weekly schedule");
    }

    @Test
    void onlyManagersChangeTheSchedule() {
        open("2026-11-20T12:00:00Z");
        Person ada = t.joins("ada");
        Person ben = t.joins("ben");
        ada.runs("schedule weekly monday 09:00 UTC");

        assertThat(ben.runs("schedule off").privately(ben)).contains("Sorry, only this team's managers", "ada");
        assertThat(ben.runs("deadline 2").privately(ben)).contains("Sorry, only this team's managers");
        assertThat(ada.runs("schedule").privately(ada)).contains("every Monday at 09:00 (UTC)");
    }
}
