package com.claritycoach.slack.oauth;

import com.slack.api.bolt.service.OAuthStateService;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * OAuth {@code state} values on our own database, so an install started on one instance can finish
 * on another. A state is valid once, for ten minutes; Bolt also checks it against the browser cookie.
 */
public final class JdbcOAuthStateService implements OAuthStateService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcOAuthStateService(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public String generateNewStateValue() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void addNewStateToDatastore(String state) throws SQLException {
        long now = clock.millis();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement purge = c.prepareStatement("DELETE FROM slack_oauth_state WHERE expires_at < ?")) {
                purge.setLong(1, now);
                purge.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO slack_oauth_state (state, expires_at) VALUES (?, ?)")) {
                ps.setString(1, state);
                ps.setLong(2, now + getExpirationInSeconds() * 1000);
                ps.executeUpdate();
            }
        }
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM slack_oauth_state WHERE state = ? AND expires_at >= ?")) {
            ps.setString(1, state);
            ps.setLong(2, clock.millis());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the OAuth state: " + e.getMessage(), e);
        }
    }

    @Override
    public void deleteStateFromDatastore(String state) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM slack_oauth_state WHERE state = ?")) {
            ps.setString(1, state);
            ps.executeUpdate();
        }
    }
}
