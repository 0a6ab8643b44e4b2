package com.claritycoach.core.message;

import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.playbook.Prompt;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Structure an adapter may render natively (Block Kit, Adaptive Cards). The message's plain text
 * always says the same thing, so a renderer may ignore parts it does not know.
 */
public sealed interface MessagePart
        permits MessagePart.PromptPart, MessagePart.NudgePart, MessagePart.ChoicesPart, MessagePart.SummaryPart,
        MessagePart.AnswersPart, MessagePart.ExportPart {

    /** A coaching question: "Question {number} of {total}" for the check-in of {teamName}. */
    record PromptPart(String teamName, int number, int total, Prompt prompt, String currentAnswer) implements MessagePart {
    }

    /** A coaching rule's reply to an answer. */
    record NudgePart(String ruleId, String explanation, String followUp, String answer) implements MessagePart {
    }

    /**
     * Buttons that do what the matching typed word does, for the question or request named by
     * {@code scope}. A button stays on screen long after it was sent, so each carries its scope back
     * ({@link com.claritycoach.core.inbound.ButtonClicked#scope()}): the engine acts on a click only
     * while the scope is still current. Adapters store and return it unchanged and never read it.
     *
     * @param scope what the buttons belong to, as the engine wrote it; empty when they belong to nothing
     *     (a message queued before buttons had scopes), so any click on them changes nothing
     */
    record ChoicesPart(List<ButtonAction> actions, String scope) implements MessagePart {
        public ChoicesPart {
            actions = List.copyOf(actions);
            scope = scope == null ? "" : scope;
        }
    }

    /**
     * A team summary, already laid out: a title, a one-line headline, sections of plain-text lines,
     * an optional chart, and the pairs of customer wordings the coach could not call, for a manager to
     * answer (renderers offer Same / Different buttons; the text says which command does the same).
     * Every string here is plain text that may contain member wording, so renderers escape it.
     */
    record SummaryPart(String title, String headline, List<Section> sections, byte[] chartPng,
                       List<Undecided> undecided) implements MessagePart {
        public SummaryPart {
            sections = List.copyOf(sections);
            undecided = undecided == null ? List.of() : List.copyOf(undecided);
        }

        /** One block of the summary, e.g. "Ultimate customer" with one line per group. */
        public record Section(String heading, List<String> lines) {
            public Section {
                lines = List.copyOf(lines);
            }
        }

        /**
         * "Are <em>borrowers</em> and <em>library patrons</em> the same customer?", with the wordings as
         * the summary shows them: Same merges the second into the first, Different keeps them apart.
         *
         * @param first the label of the larger group
         */
        public record Undecided(String first, String second) {
            /** The heading every renderer puts above the pairs. */
            public static final String HEADING = "Same customer?";

            public String question() {
                return "Are \"" + first + "\" and \"" + second + "\" the same customer?";
            }

            /** What a manager types to answer Same. */
            public String mergeCommand() {
                return "merge " + second + " into " + first;
            }

            /** What a manager types to answer Different. */
            public String splitCommand() {
                return "split " + second + " from " + first;
            }
        }
    }

    /**
     * A member's own answers ({@code my answers}), kept apart from the questions so that a renderer can
     * show each answer in an element of its own: a line break in an answer then cannot pass for the next
     * question or the next team.
     */
    record AnswersPart(List<TeamAnswers> teams) implements MessagePart {
        public AnswersPart {
            teams = List.copyOf(teams);
        }

        /** One team's latest check-in, e.g. "Your answers for parts (Discovery, closed)". */
        public record TeamAnswers(String heading, List<QuestionAnswer> answers) {
            public TeamAnswers {
                answers = List.copyOf(answers);
            }
        }

        /** @param answer what the member typed, or null when they gave no answer */
        public record QuestionAnswer(String question, String answer) {
        }
    }

    /**
     * A team's answers as a CSV file for a manager to save. Adapters deliver {@link #bytes()} whole as a
     * file named {@code fileName} (a chat message would have to cut a long export); the message text says
     * what was sent.
     *
     * @param intro what the file holds, in the coach's words
     * @param fileName a safe file name ending in {@code .csv}
     * @param csv the file's content, one record per line (a quoted field may span lines)
     */
    record ExportPart(String intro, String fileName, String csv) implements MessagePart {
        /** The name of an export queued before exports carried one. */
        public static final String DEFAULT_FILE_NAME = "answers.csv";

        public ExportPart {
            fileName = fileName == null || fileName.isBlank() ? DEFAULT_FILE_NAME : fileName;
        }

        /** The file's bytes: UTF-8, as {@code analyze} reads it. */
        public byte[] bytes() {
            return csv.getBytes(StandardCharsets.UTF_8);
        }
    }
}
