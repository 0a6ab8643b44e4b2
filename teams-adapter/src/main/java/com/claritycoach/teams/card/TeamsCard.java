package com.claritycoach.teams.card;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.util.List;

/**
 * A message ready for Teams: the Adaptive Card, and the plain summary Teams shows in notifications
 * and chat previews (cards have no text of their own there).
 */
public record TeamsCard(String summary, ObjectNode card) {
    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

    /** A message activity carrying the card as its only attachment. */
    public Activity toActivity() {
        Activity activity = Activity.createMessageActivity();
        activity.setSummary(summary);
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(card);
        activity.setAttachments(List.of(attachment));
        return activity;
    }
}
