package com.claritycoach.slack.oauth;

import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.slack.BotTokens;
import com.claritycoach.slack.SlackTenants;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bolt's installation store on our own database (Bolt ships file and S3 stores only). One row per
 * workspace, or per organisation for an org-wide install; the row also answers which bot token
 * serves a tenant. Only bot tokens are kept: the coach asks for no user scopes.
 */
public final class JdbcInstallationService implements InstallationService, BotTokens {
    private static final String COLUMNS = "enterprise_key, team_key, tenant_id, enterprise_install, app_id, team_name, "
            + "enterprise_name, enterprise_url, installer_user_id, bot_id, bot_user_id, bot_token, bot_scopes, "
            + "bot_refresh_token, bot_token_expires_at, installed_at";

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcInstallationService(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        if (isHistoricalDataEnabled) {
            throw new UnsupportedOperationException("the coach keeps only the latest installation per workspace");
        }
    }

    @Override
    public void saveInstallerAndBot(Installer installer) throws SQLException {
        boolean orgWide = Boolean.TRUE.equals(installer.getIsEnterpriseInstall());
        String teamName = installer instanceof DefaultInstaller d ? d.getTeamName() : null;
        String enterpriseName = installer instanceof DefaultInstaller d ? d.getEnterpriseName() : null;
        String sql = "INSERT INTO slack_installation (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT (enterprise_key, team_key) DO UPDATE SET tenant_id = excluded.tenant_id, "
                + "enterprise_install = excluded.enterprise_install, app_id = excluded.app_id, "
                + "team_name = excluded.team_name, enterprise_name = excluded.enterprise_name, "
                + "enterprise_url = excluded.enterprise_url, installer_user_id = excluded.installer_user_id, "
                + "bot_id = excluded.bot_id, bot_user_id = excluded.bot_user_id, bot_token = excluded.bot_token, "
                + "bot_scopes = excluded.bot_scopes, bot_refresh_token = excluded.bot_refresh_token, "
                + "bot_token_expires_at = excluded.bot_token_expires_at, installed_at = excluded.installed_at";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key(installer.getEnterpriseId()));
            ps.setString(2, orgWide ? "" : key(installer.getTeamId()));
            ps.setString(3, SlackTenants.tenantId(installer.getEnterpriseId(), installer.getTeamId(), orgWide));
            ps.setBoolean(4, orgWide);
            ps.setString(5, installer.getAppId());
            ps.setString(6, teamName);
            ps.setString(7, enterpriseName);
            ps.setString(8, installer.getEnterpriseUrl());
            ps.setString(9, installer.getInstallerUserId());
            ps.setString(10, installer.getBotId());
            ps.setString(11, installer.getBotUserId());
            ps.setString(12, installer.getBotAccessToken());
            ps.setString(13, installer.getBotScope());
            ps.setString(14, installer.getBotRefreshToken());
            setLong(ps, 15, installer.getBotTokenExpiresAt());
            ps.setLong(16, installer.getInstalledAt() == null ? clock.millis() : installer.getInstalledAt());
            ps.executeUpdate();
        }
    }

    @Override
    public void saveBot(Bot bot) throws SQLException {
        boolean orgWide = Boolean.TRUE.equals(bot.getIsEnterpriseInstall());
        String sql = "UPDATE slack_installation SET bot_token = ?, bot_refresh_token = ?, bot_token_expires_at = ? "
                + "WHERE enterprise_key = ? AND team_key = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, bot.getBotAccessToken());
            ps.setString(2, bot.getBotRefreshToken());
            setLong(ps, 3, bot.getBotTokenExpiresAt());
            ps.setString(4, key(bot.getEnterpriseId()));
            ps.setString(5, orgWide ? "" : key(bot.getTeamId()));
            ps.executeUpdate();
        }
    }

    @Override
    public void deleteBot(Bot bot) throws SQLException {
        deleteRow(bot.getEnterpriseId(), Boolean.TRUE.equals(bot.getIsEnterpriseInstall()) ? null : bot.getTeamId());
    }

    @Override
    public void deleteInstaller(Installer installer) throws SQLException {
        deleteRow(installer.getEnterpriseId(),
                Boolean.TRUE.equals(installer.getIsEnterpriseInstall()) ? null : installer.getTeamId());
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        try {
            deleteRow(enterpriseId, teamId);
            if (enterpriseId != null && teamId != null) {
                deleteRow(enterpriseId, null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete the Slack installation: " + e.getMessage(), e);
        }
    }

    /** Deletes the installation that a revoked bot user belonged to. */
    public int deleteByBotUser(String tenantId, String botUserId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM slack_installation WHERE tenant_id = ? AND bot_user_id = ?")) {
            ps.setString(1, tenantId);
            ps.setString(2, botUserId);
            return ps.executeUpdate();
        }
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        Optional<DefaultInstaller> row = find(enterpriseId, teamId);
        if (row.isEmpty() && enterpriseId != null && teamId != null) {
            row = find(enterpriseId, null);
        }
        return row.map(DefaultInstaller::toBot).orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        Optional<DefaultInstaller> row = find(enterpriseId, teamId);
        if (row.isEmpty() && enterpriseId != null && teamId != null) {
            row = find(enterpriseId, null);
        }
        return row.filter(i -> userId == null || userId.equals(i.getInstallerUserId())).orElse(null);
    }

    @Override
    public Optional<String> botToken(TenantRef tenant) {
        if (tenant.platform() != Platform.SLACK) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT bot_token FROM slack_installation WHERE tenant_id = ? ORDER BY installed_at DESC")) {
            ps.setString(1, tenant.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the Slack installation of " + tenant.id() + ": "
                    + e.getMessage(), e);
        }
    }

    private Optional<DefaultInstaller> find(String enterpriseId, String teamId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM slack_installation WHERE enterprise_key = ? AND team_key = ?")) {
            ps.setString(1, key(enterpriseId));
            ps.setString(2, key(teamId));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(installer(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the Slack installation: " + e.getMessage(), e);
        }
    }

    private static DefaultInstaller installer(ResultSet rs) throws SQLException {
        DefaultInstaller i = new DefaultInstaller();
        i.setEnterpriseId(value(rs.getString("enterprise_key")));
        i.setIsEnterpriseInstall(rs.getBoolean("enterprise_install"));
        i.setTeamId(i.getIsEnterpriseInstall() ? null : value(rs.getString("team_key")));
        i.setAppId(rs.getString("app_id"));
        i.setTeamName(rs.getString("team_name"));
        i.setEnterpriseName(rs.getString("enterprise_name"));
        i.setEnterpriseUrl(rs.getString("enterprise_url"));
        i.setInstallerUserId(rs.getString("installer_user_id"));
        i.setTokenType("bot");
        i.setBotId(rs.getString("bot_id"));
        i.setBotUserId(rs.getString("bot_user_id"));
        i.setBotAccessToken(rs.getString("bot_token"));
        i.setBotScope(rs.getString("bot_scopes"));
        i.setBotRefreshToken(rs.getString("bot_refresh_token"));
        long expires = rs.getLong("bot_token_expires_at");
        i.setBotTokenExpiresAt(rs.wasNull() ? null : expires);
        i.setInstalledAt(rs.getLong("installed_at"));
        return i;
    }

    private void deleteRow(String enterpriseId, String teamId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM slack_installation WHERE enterprise_key = ? AND team_key = ?")) {
            ps.setString(1, key(enterpriseId));
            ps.setString(2, key(teamId));
            ps.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static String key(String id) {
        return id == null ? "" : id;
    }

    private static String value(String key) {
        return key == null || key.isEmpty() ? null : key;
    }
}
