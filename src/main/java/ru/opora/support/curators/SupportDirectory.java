package ru.opora.support.curators;

import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.opora.identity.Role;
import ru.opora.identity.UserDirectory;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.SchoolRisks;
import ru.opora.shared.NotFound;

/**
 * The names the support pages print instead of codes (curators by login, risk factors by code,
 * municipalities by id), the schools a reader may open, and the cohort year a page opens on.
 */
@Component
class SupportDirectory {

    private final CuratorProfiles profiles;
    private final UserDirectory users;
    private final SchoolRisks risks;
    private final OrgUnits orgUnits;
    private final Clock clock;

    SupportDirectory(CuratorProfiles profiles, UserDirectory users, SchoolRisks risks, OrgUnits orgUnits, Clock clock) {
        this.profiles = profiles;
        this.users = users;
        this.risks = risks;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    /** The cohort year asked for, or this year. */
    int year(@Nullable Integer year) {
        return year == null ? Year.now(clock).getValue() : year;
    }

    /** A school of the reader's scope; 404 otherwise, as if it did not exist. */
    OrgUnitRef school(UUID id, Scope scope) {
        return orgUnits.school(id, scope).orElseThrow(NotFound::new);
    }

    /** The region's curators' full names by login. */
    Map<String, String> people(UUID regionId) {
        var usernames = profiles.ofRegion(regionId).stream()
                .map(CuratorProfiles.Profile::username)
                .toList();
        var result = new HashMap<String, String>();
        users.named(Role.CURATOR, usernames).forEach(p -> result.put(p.username(), p.fullName()));
        return result;
    }

    /** The factors' names by code. */
    Map<String, String> factors(UUID regionId, int year) {
        var names = new HashMap<String, String>();
        risks.factors(regionId, year).forEach(f -> names.put(f.code(), f.nameRu()));
        return names;
    }

    /** Factor names by code and municipality names by id, for the pages. */
    Map<String, String> names(UUID regionId, int year) {
        var names = factors(regionId, year);
        orgUnits.inScope(OrgUnitKind.MUNICIPALITY, Scope.region(regionId))
                .forEach(m -> names.put(m.id().toString(), m.name()));
        return names;
    }
}
