package com.claritycoach.core.engine;

import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.coaching.Nudge;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.ConversationState;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.message.Destination.DirectMessage;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.playbook.Prompt;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A member's side of the coaching: answering, being coached on a trap, and steering with
 * {@code skip}, {@code back}, {@code pause}, {@code resume} and {@code keep}.
 */
final class MemberFlow {
    private final Places places;
    private final CoachingRules rules;
    private final MemberRequests requests;
    private final TeamContexts contexts;
    private final AwayWords away;
    private final LateAnswers late;

    MemberFlow(Places places, CoachingRules rules, MemberRequests requests, TeamContexts contexts) {
        this.places = places;
        this.rules = rules;
        this.requests = requests;
        this.contexts = contexts;
        this.away = new AwayWords(places);
        this.late = new LateAnswers(places);
    }

    void onMessage(Step step, MemberRef member, String raw, String messageId) {
        Optional<String> cleaned = InputText.clean(raw);
        if (cleaned.isEmpty()) {
            return;
        }
        String text = cleaned.get();
        if (InputText.tooLong(text)) {
            step.send(new DirectMessage(member), InputText.tooLongReply(text));
            return;
        }
        Optional<MemberWord> word = MemberWord.parse(text);
        if (word.isPresent()) {
            onWord(step, member, word.get());
            return;
        }
        Optional<Place> place = places.focus(step.tx(), member);
        if (place.isEmpty()) {
            Optional<Place> lateAnswer = late.place(step.tx(), member);
            lateAnswer.ifPresentOrElse(p -> {
                step.send(p.dm(), LateAnswers.note(p));
                boolean paused = p.conversation().state() == ConversationState.PAUSED;
                answer(step, paused ? p.with(resumed(p.conversation())) : p, text, messageId);
            }, () -> requests.noCheckIn(step, member));
            return;
        }
        Place p = place.get();
        switch (p.conversation().state()) {
            case ASKING, FOLLOWING_UP -> answer(step, p, text, messageId);
            case PAUSED -> answer(step, p.with(resumed(p.conversation())), text, messageId);
            case DONE -> step.send(p.dm(), "There are no more questions for you in the check-in for "
                    + p.team().name() + ", so that message was not saved as an answer. Say back to change your last "
                    + "answer, or my answers to see them all.");
        }
    }

    void onWord(Step step, MemberRef member, MemberWord word) {
        switch (word) {
            case HELP -> requests.help(step, member);
            case MY_ANSWERS -> requests.myAnswers(step, member);
            case FORGET_ME -> requests.askToForget(step, member);
            case FORGET_ME_CONFIRMED -> requests.confirmForget(step, member);
            case RESUME -> resume(step, member);
            case NO_REMINDERS -> away.reminders(step, member, false);
            case REMINDERS_ON -> away.reminders(step, member, true);
            case SKIP_THIS_WEEK -> away.skipThisWeek(step, member, this::present);
            default -> steer(step, member, word);
        }
    }

    /**
     * A press of one of the coach's buttons: it does what the typed word does, but only while the
     * question (or request) it was sent with is still the member's current one; an older button
     * changes nothing and says so.
     */
    void onButton(Step step, MemberRef member, ButtonAction action, String scope) {
        if (action == ButtonAction.FORGET_CONFIRM) {
            requests.confirmForget(step, member, scope);
            return;
        }
        Optional<Place> place = action == ButtonAction.RESUME
                ? places.paused(step.tx(), member).or(() -> places.focus(step.tx(), member))
                : places.focus(step.tx(), member);
        boolean current = place.filter(p -> p.conversation().state() != ConversationState.DONE)
                .filter(p -> ButtonScopes.question(p.conversation()).equals(scope)).isPresent();
        if (current) {
            onWord(step, member, MemberWord.of(action));
        } else {
            stale(step, member, place);
        }
    }

    private void stale(Step step, MemberRef member, Optional<Place> place) {
        String note = "That button belongs to an earlier question, so I changed nothing.";
        if (place.isEmpty()) {
            step.send(new DirectMessage(member), "That button belongs to a check-in that is no longer open, so I "
                    + "changed nothing. Say my answers to see your answers, or help.");
            return;
        }
        Place p = place.get();
        switch (p.conversation().state()) {
            case DONE -> step.send(p.dm(), note + " You have answered every question for " + p.team().name()
                    + ". Say back to change your last answer, or my answers to see them all.");
            case PAUSED -> step.send(p.dm(), note + " You are paused; say resume when you are ready to carry on.",
                    resumeButton(p));
            default -> {
                step.send(p.dm(), note + " Your current question is question " + (p.conversation().promptIndex() + 1)
                        + " of " + p.playbook().size() + " for " + p.team().name() + ":");
                step.send(question(step, p));
            }
        }
    }

    private void steer(Step step, MemberRef member, MemberWord word) {
        Optional<Place> place = places.focus(step.tx(), member);
        if (place.isEmpty()) {
            requests.noCheckIn(step, member);
            return;
        }
        Place p = place.get();
        ConversationState state = p.conversation().state();
        if (state == ConversationState.PAUSED && word != MemberWord.PAUSE) {
            step.send(p.dm(), "You are paused. Say resume when you are ready to carry on.", resumeButton(p));
            return;
        }
        switch (word) {
            case SKIP -> skip(step, p);
            case BACK -> back(step, p);
            case PAUSE -> pause(step, p);
            case KEEP -> keep(step, p);
            default -> throw new IllegalArgumentException("not a steering word: " + word);
        }
    }

    private void answer(Step step, Place p, String text, String messageId) {
        Conversation c = p.conversation();
        Prompt prompt = p.currentPrompt();
        Optional<Nudge> nudge = rules.firstNudge(prompt, text,
                contexts.of(step.tx(), p.team().id(), c.member()), c.firedRules());
        Set<String> flags = nudge.map(n -> Set.of(n.ruleId())).orElse(Set.of());
        step.tx().saveAnswer(p.checkIn().id(), c.member(), prompt.id(), text, step.now(), flags, messageId);
        step.answered(prompt.kind(), text);
        if (nudge.isEmpty()) {
            advance(step, p);
            return;
        }
        Nudge n = nudge.get();
        Set<String> fired = new HashSet<>(c.firedRules());
        fired.add(n.ruleId());
        save(step, new Conversation(c.checkInId(), c.member(), ConversationState.FOLLOWING_UP, c.promptIndex(),
                c.frontier(), null, fired, step.now()));
        step.send(p.dm(), n.explanation() + "\n" + n.followUp()
                        + "\nReply with a new answer, or say keep to keep \"" + text + "\".",
                new MessagePart.NudgePart(n.ruleId(), n.explanation(), n.followUp(), text),
                new MessagePart.ChoicesPart(List.of(ButtonAction.KEEP, ButtonAction.SKIP), ButtonScopes.question(c)));
    }

    private void skip(Step step, Place p) {
        if (p.conversation().state() == ConversationState.DONE) {
            step.send(p.dm(), "There is nothing left to skip: you have answered every question for " + p.team().name() + ".");
            return;
        }
        advance(step, p);
    }

    private void keep(Step step, Place p) {
        switch (p.conversation().state()) {
            case FOLLOWING_UP -> advance(step, p);
            case DONE -> step.send(p.dm(), "Your answers are all kept. Say my answers to see them.");
            default -> step.send(p.dm(), "There is no coaching suggestion waiting, so there is nothing to keep. "
                    + "Type your answer, or say skip.");
        }
    }

    private void back(Step step, Place p) {
        Conversation c = p.conversation();
        int target = c.state() == ConversationState.DONE ? p.playbook().size() - 1 : c.promptIndex() - 1;
        if (target < 0) {
            step.send(p.dm(), "This is the first question, so there is nothing before it.");
            return;
        }
        Conversation moved = new Conversation(c.checkInId(), c.member(), ConversationState.ASKING, target,
                c.frontier(), null, Set.of(), step.now());
        present(step, p.with(moved));
    }

    private void pause(Step step, Place p) {
        Conversation c = p.conversation();
        switch (c.state()) {
            case PAUSED -> step.send(p.dm(), "You are already paused. Say resume when you are ready.", resumeButton(p));
            case DONE -> step.send(p.dm(), "There is nothing to pause: you have answered every question for "
                    + p.team().name() + ".");
            default -> {
                save(step, new Conversation(c.checkInId(), c.member(), ConversationState.PAUSED, c.promptIndex(),
                        c.frontier(), c.state(), c.firedRules(), step.now()));
                step.send(p.dm(), "Paused. Your answers so far are saved. Say resume when you are ready to carry on.",
                        resumeButton(p));
            }
        }
    }

    private void resume(Step step, MemberRef member) {
        Optional<Place> paused = places.paused(step.tx(), member);
        if (paused.isPresent()) {
            present(step, paused.get().with(resumed(paused.get().conversation())));
            return;
        }
        Optional<Place> place = places.focus(step.tx(), member);
        if (place.isEmpty()) {
            requests.noCheckIn(step, member);
        } else if (place.get().conversation().isActive()) {
            step.send(place.get().dm(), "You are not paused. Here is where you are:");
            present(step, place.get());
        } else {
            step.send(place.get().dm(), "You have answered every question for " + place.get().team().name()
                    + ". Say my answers to see them.");
        }
    }

    private static Conversation resumed(Conversation c) {
        return new Conversation(c.checkInId(), c.member(), ConversationState.ASKING, c.promptIndex(), c.frontier(),
                null, c.firedRules(), c.updatedAt());
    }

    /** Moves on: after revising an earlier answer, back to where the member had got to; otherwise to the next question. */
    private void advance(Step step, Place p) {
        Conversation c = p.conversation();
        int next = c.promptIndex() < c.frontier() ? c.frontier() : c.promptIndex() + 1;
        int size = p.playbook().size();
        if (next >= size) {
            save(step, new Conversation(c.checkInId(), c.member(), ConversationState.DONE, size, size, null,
                    Set.of(), step.now()));
            step.send(p.dm(), "That was the last question for " + p.team().name() + ". Thank you! "
                    + "You can change any answer until the check-in closes: say back, or my answers to review them.");
            places.waiting(step.tx(), c.member(), c.checkInId()).ifPresent(w -> {
                step.send(w.dm(), "Next up: the check-in for " + w.team().name() + ".");
                present(step, w);
            });
            return;
        }
        present(step, p.with(new Conversation(c.checkInId(), c.member(), ConversationState.ASKING, next,
                Math.max(c.frontier(), next), null, Set.of(), step.now())));
    }

    /** Shows the conversation's current question and records that the member was asked it now. */
    void present(Step step, Place p) {
        Conversation c = p.conversation();
        Conversation shown = new Conversation(c.checkInId(), c.member(), c.state(), c.promptIndex(), c.frontier(),
                c.pausedFrom(), c.firedRules(), step.now());
        save(step, shown);
        step.send(question(step, p));
    }

    private static OutboundMessage question(Step step, Place p) {
        Conversation c = p.conversation();
        String current = c.promptIndex() < c.frontier()
                ? step.tx().currentAnswer(c.checkInId(), c.member(), p.currentPrompt().id()).map(a -> a.text()).orElse(null)
                : null;
        return PromptPresenter.prompt(p.dm(), p.team().name(), p.playbook(), c.promptIndex(), current,
                ButtonScopes.question(c));
    }

    private static MessagePart.ChoicesPart resumeButton(Place p) {
        return new MessagePart.ChoicesPart(List.of(ButtonAction.RESUME), ButtonScopes.question(p.conversation()));
    }

    private static void save(Step step, Conversation conversation) {
        step.tx().saveConversation(conversation);
    }
}
