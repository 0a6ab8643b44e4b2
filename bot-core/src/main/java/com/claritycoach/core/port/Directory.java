package com.claritycoach.core.port;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamRef;
import java.util.List;
import java.util.Optional;

/**
 * Who is in a team and who a person is, as the platform knows it. The engine asks before it opens
 * a store transaction, so slow platform calls never hold a database lock.
 */
public interface Directory {

    /** The human members of the team's channel (bots and deactivated accounts left out). */
    List<MemberProfile> roster(TeamRef team);

    /** A person's profile, or empty when the platform does not know them. */
    Optional<MemberProfile> profile(MemberRef member);

    /**
     * Drops what the adapter keeps or caches about the person (names, time zones), after they asked to
     * be forgotten and the core's data is deleted.
     */
    default void forget(MemberRef member) {
    }
}
