package com.claritycoach.teams.http;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import java.util.Locale;

/**
 * Whether a bearer token says when it expires. The SDK's validation (auth0's verifier) checks
 * {@code exp} only when the token has one, so a token without it would be good forever; the Bot
 * Connector always sets it, so a token without {@code exp} is refused. Only called once the SDK has
 * verified the token's signature, so the claim read here is the signed one.
 */
final class TokenExpiry {
    private static final String BEARER = "bearer ";

    private TokenExpiry() {
    }

    static boolean isStated(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return false;
        }
        try {
            return JWT.decode(authorizationHeader.substring(BEARER.length()).strip()).getExpiresAt() != null;
        } catch (JWTDecodeException e) {
            return false;
        }
    }
}
