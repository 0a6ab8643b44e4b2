package com.claritycoach.slack;

import com.claritycoach.core.domain.TenantRef;
import java.util.Optional;

/** Where the bot token for a tenant comes from: one fixed token, or the OAuth installation table. */
@FunctionalInterface
public interface BotTokens {

    /** The bot token for the tenant; empty when the app is not (or no longer) installed there. */
    Optional<String> botToken(TenantRef tenant);

    static BotTokens single(String token) {
        return tenant -> Optional.of(token);
    }
}
