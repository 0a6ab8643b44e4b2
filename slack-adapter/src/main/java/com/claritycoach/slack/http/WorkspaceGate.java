package com.claritycoach.slack.http;

import com.slack.api.bolt.context.Context;

/**
 * Which Slack workspace may act through this app. With a single bot token, one signing secret and
 * one token serve exactly one workspace (or one Enterprise Grid organisation), yet Slack's signature
 * covers only the body: a correctly signed request naming another {@code team_id} would act on that
 * tenant's teams. So such a request is refused before Bolt runs it. With OAuth installs the
 * installation store decides (Bolt finds no token for a workspace that did not install the coach).
 */
public sealed interface WorkspaceGate permits WorkspaceGate.Any, WorkspaceGate.Single {

    /** Whether the workspace the parsed request names may act here. */
    boolean admits(Context request);

    /** Every workspace; the installation store decides (OAuth installs). */
    static WorkspaceGate any() {
        return new Any();
    }

    /**
     * Only the workspace of the bot token, as {@code auth.test} named it.
     *
     * @param enterpriseInstall true for an org-wide token, which serves every workspace of {@code enterpriseId}
     */
    static WorkspaceGate single(String teamId, String enterpriseId, boolean enterpriseInstall) {
        return new Single(teamId, enterpriseId, enterpriseInstall);
    }

    /** See {@link #any()}. */
    record Any() implements WorkspaceGate {
        @Override
        public boolean admits(Context request) {
            return true;
        }
    }

    /**
     * See {@link #single}. A request that names no workspace at all (the URL check) is admitted: no
     * handler can act for it, since every one needs the workspace to know whose teams it touches.
     */
    record Single(String teamId, String enterpriseId, boolean enterpriseInstall) implements WorkspaceGate {
        @Override
        public boolean admits(Context request) {
            if (isBlank(request.getTeamId()) && isBlank(request.getEnterpriseId())) {
                return true;
            }
            if (enterpriseInstall) {
                return enterpriseId != null && enterpriseId.equals(request.getEnterpriseId());
            }
            return teamId != null && teamId.equals(request.getTeamId());
        }

        private static boolean isBlank(String id) {
            return id == null || id.isBlank();
        }
    }
}
