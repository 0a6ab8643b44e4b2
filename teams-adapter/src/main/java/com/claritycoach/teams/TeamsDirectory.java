package com.claritycoach.teams;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.core.port.Directory;
import com.claritycoach.teams.store.KnownMember;
import com.claritycoach.teams.store.TeamsAddressBook;
import com.claritycoach.teams.store.TenantRoute;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is in a coached channel, from Teams: the roster of the channel's Teams team (all pages), or of
 * the group chat, with bots left out. Profiles come from what the adapter has seen, including the time
 * zone each member's Teams client reports, so looking one up never calls Teams. Teams does not say who
 * owns a team, so nobody is a platform admin here: the team's first manager is whoever sets it up.
 */
public final class TeamsDirectory implements Directory {
    /** Bot accounts in Teams have ids starting with {@code 28:}; people have {@code 29:}. */
    private static final String BOT_ID_PREFIX = "28:";

    private final Connector connector;
    private final TeamsAddressBook addressBook;

    TeamsDirectory(Connector connector, TeamsAddressBook addressBook) {
        this.connector = connector;
        this.addressBook = addressBook;
    }

    @Override
    public List<MemberProfile> roster(TeamRef team) {
        String tenantId = team.tenant().id();
        TenantRoute route = addressBook.tenant(tenantId).orElseThrow(() -> new IllegalStateException(
                "the coach has not heard from Teams tenant " + tenantId + " yet"));
        String rosterId = addressBook.teamOf(tenantId, team.channelId()).orElse(team.channelId());
        List<RosterPages.Person> people;
        try {
            people = connector.in(route, team.channelId(), null, turn -> RosterPages.all(turn, rosterId),
                    "reading the roster of " + team.channelId());
        } catch (DeliveryException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (RosterPages.Person person : people == null ? List.<RosterPages.Person>of() : people) {
            if (person.id() != null && !person.id().startsWith(BOT_ID_PREFIX)) {
                names.put(person.id(), person.name());
            }
        }
        addressBook.rememberNames(tenantId, names);
        Map<String, KnownMember> known = addressBook.members(tenantId, List.copyOf(names.keySet()));
        List<MemberProfile> roster = new ArrayList<>();
        for (Map.Entry<String, String> person : names.entrySet()) {
            MemberRef ref = new MemberRef(team.tenant(), person.getKey());
            KnownMember member = known.get(person.getKey());
            roster.add(member == null ? MemberProfile.of(ref, person.getValue()) : profile(ref, member));
        }
        return roster;
    }

    /**
     * Drops the member's name, time zone and command threads; their personal chat's id stays, so the
     * coach can still confirm the deletion there (it is Teams' routing id and holds no content).
     */
    @Override
    public void forget(MemberRef member) {
        addressBook.forgetMember(member.tenant().id(), member.userId());
    }

    @Override
    public Optional<MemberProfile> profile(MemberRef member) {
        return addressBook.member(member.tenant().id(), member.userId()).map(known -> profile(member, known));
    }

    private static MemberProfile profile(MemberRef ref, KnownMember known) {
        return new MemberProfile(ref, known.displayName(), zone(known), false);
    }

    private static ZoneId zone(KnownMember known) {
        if (known.timeZone() == null) {
            return null;
        }
        try {
            return ZoneId.of(known.timeZone());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
