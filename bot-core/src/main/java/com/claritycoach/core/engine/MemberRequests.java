package com.claritycoach.core.engine;

import com.claritycoach.core.domain.Answer;
import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.message.Destination.DirectMessage;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.MessagePart.AnswersPart.QuestionAnswer;
import com.claritycoach.core.message.MessagePart.AnswersPart.TeamAnswers;
import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.store.StoreTx;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a member can ask about their own data: their answers, editing one, and being forgotten. A
 * member only ever sees their own answers here.
 */
final class MemberRequests {
    static final String MEMBER_HELP = """
            I am Clarity Coach. When your team starts a check-in I ask you a few questions here about who your \
            ultimate customer is and how your work reaches them; just type your answers.
            While answering: skip (next question), back (change the previous answer), pause, resume, \
            keep (keep an answer after a coaching suggestion).
            Away this week? skip this week. Rather not be reminded before deadlines? no reminders (reminders on undoes it).
            Any time: my answers (see your answers), forget me (delete everything I keep about you), help.""";

    /** How long after {@code forget me} its confirmation counts, on the engine's clock. */
    static final Duration FORGET_WINDOW = Duration.ofMinutes(5);

    private final PlaybookCatalog catalog;

    MemberRequests(PlaybookCatalog catalog) {
        this.catalog = catalog;
    }

    void help(Step step, MemberRef member) {
        step.send(new DirectMessage(member), MEMBER_HELP);
    }

    void noCheckIn(Step step, MemberRef member) {
        step.send(new DirectMessage(member), "There is no check-in open for you right now. When your team starts one, "
                + "I will message you here. Say my answers to see earlier answers, or help.");
    }

    void myAnswers(Step step, MemberRef member) {
        StoreTx tx = step.tx();
        List<TeamAnswers> teams = new ArrayList<>();
        for (Team team : tx.teamsOf(member)) {
            Optional<CheckIn> latest = tx.latestCheckIn(team.id());
            Optional<Playbook> playbook = latest.flatMap(c -> catalog.find(c.playbookId()));
            if (latest.isEmpty() || playbook.isEmpty()) {
                continue;
            }
            CheckIn checkIn = latest.get();
            Map<String, Answer> mine = tx.currentAnswers(checkIn.id()).stream()
                    .filter(a -> a.member().equals(member))
                    .collect(Collectors.toMap(Answer::promptId, Function.identity()));
            String heading = "Your answers for " + team.name() + " (" + playbook.get().title()
                    + (checkIn.isOpen() ? ", open: you can still change them" : ", closed") + "):";
            List<QuestionAnswer> answers = new ArrayList<>();
            List<Prompt> prompts = playbook.get().prompts();
            for (int i = 0; i < prompts.size(); i++) {
                Answer answer = mine.get(prompts.get(i).id());
                answers.add(new QuestionAnswer((i + 1) + ". " + prompts.get(i).text(), answer == null ? null : answer.text()));
            }
            teams.add(new TeamAnswers(heading, answers));
        }
        DirectMessage dm = new DirectMessage(member);
        if (teams.isEmpty()) {
            step.send(dm, "You have no answers stored.");
            return;
        }
        step.send(dm, plainText(teams), new MessagePart.AnswersPart(teams));
    }

    /** The answers as one text, for the console and for notifications. */
    private static String plainText(List<TeamAnswers> teams) {
        StringBuilder text = new StringBuilder();
        for (TeamAnswers team : teams) {
            text.append(text.isEmpty() ? "" : "\n\n").append(team.heading());
            for (QuestionAnswer qa : team.answers()) {
                text.append("\n").append(qa.question())
                        .append("\n   ").append(qa.answer() == null ? "(no answer)" : "\"" + qa.answer() + "\"");
            }
        }
        return text.toString();
    }

    void askToForget(Step step, MemberRef member) {
        step.tx().requestForget(member, step.now());
        step.send(new DirectMessage(member), "This deletes every answer you have given in every team, and your profile. "
                        + "It cannot be undone. To go ahead, say forget me yes (or press the button) within "
                        + FORGET_WINDOW.toMinutes() + " minutes.",
                new MessagePart.ChoicesPart(List.of(ButtonAction.FORGET_CONFIRM), ButtonScopes.forgetRequest(step.now())));
    }

    /** {@code forget me yes} typed: deletes everything if the member asked to be forgotten moments ago. */
    void confirmForget(Step step, MemberRef member) {
        confirmForget(step, member, requested -> true);
    }

    /** The "Yes, forget me" button: deletes everything if it is the button of the member's fresh request. */
    void confirmForget(Step step, MemberRef member, String scope) {
        confirmForget(step, member, requested -> ButtonScopes.forgetRequest(requested).equals(scope));
    }

    private void confirmForget(Step step, MemberRef member, Predicate<Instant> confirms) {
        Optional<Instant> fresh = step.tx().forgetRequestedAt(member)
                .filter(requested -> !step.now().isAfter(requested.plus(FORGET_WINDOW)))
                .filter(confirms);
        if (fresh.isPresent()) {
            forget(step, member);
            return;
        }
        step.send(new DirectMessage(member), "I only delete your data right after you ask, so nothing was deleted. "
                + "To be forgotten, say forget me, then forget me yes (or press its button) within "
                + FORGET_WINDOW.toMinutes() + " minutes.");
    }

    private void forget(Step step, MemberRef member) {
        int deleted = step.tx().forgetMember(member);
        step.forgot(member);
        step.send(new DirectMessage(member), "Done: I deleted " + deleted + (deleted == 1 ? " answer" : " answers")
                + " and your profile. If you take part in a later check-in, you start afresh.");
    }

    /** A member edited the platform message that carried an answer: the edit becomes a new revision. */
    void edit(Step step, MemberRef member, String messageId, String raw) {
        Optional<Answer> original = step.tx().answerByMessage(member, messageId);
        Optional<String> text = InputText.clean(raw);
        if (original.isEmpty() || text.isEmpty()) {
            return;
        }
        DirectMessage dm = new DirectMessage(member);
        if (InputText.tooLong(text.get())) {
            step.send(dm, InputText.tooLongReply(text.get()));
            return;
        }
        Answer answer = original.get();
        CheckIn checkIn = step.tx().checkIn(answer.checkInId()).orElseThrow();
        if (!checkIn.isOpen()) {
            step.send(dm, "That check-in has closed, so your answer stays as it was.");
            return;
        }
        step.tx().saveAnswer(answer.checkInId(), member, answer.promptId(), text.get(), step.now(), answer.flags(), messageId);
        Optional<Prompt> prompt = catalog.find(checkIn.playbookId()).flatMap(p -> p.promptById(answer.promptId()));
        prompt.ifPresent(p -> step.answered(p.kind(), text.get()));
        String question = prompt.map(Prompt::text).orElse(answer.promptId());
        step.send(dm, "Updated your answer to \"" + question + "\": \"" + text.get() + "\"");
    }
}
