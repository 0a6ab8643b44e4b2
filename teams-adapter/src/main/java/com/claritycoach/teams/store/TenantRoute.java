package com.claritycoach.teams.store;

/** How to reach a Teams tenant outside a turn: its connector URL and the bot's account there. */
public record TenantRoute(String tenantId, String serviceUrl, String botId, String botName) {
}
