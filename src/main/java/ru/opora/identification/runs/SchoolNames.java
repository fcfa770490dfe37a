package ru.opora.identification.runs;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/** Schools' codes, names and municipalities for a list, in two lookups whatever its length. */
@Component
class SchoolNames {

    /** How a list names a school. */
    record Named(OrgUnitRef school, String municipality) {}

    private final OrgUnits orgUnits;

    SchoolNames(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    java.util.Optional<OrgUnitRef> school(UUID id) {
        return orgUnits.find(id);
    }

    /** The named schools among the ids; ids no longer in the register are absent. */
    Map<UUID, Named> of(Collection<UUID> schoolIds) {
        Map<UUID, OrgUnitRef> schools = new HashMap<>();
        for (OrgUnitRef r : orgUnits.byIds(schoolIds)) schools.put(r.id(), r);
        return named(schools, new HashMap<>());
    }

    /**
     * The same for a list that holds about every school of the scope (a run's lines): the scope's
     * schools and municipalities are each one range of the register's kind-and-path index, where
     * their ids were a descent each into a country's key index (172 pages a call for a
     * municipality's run against 13 in the region alone).
     */
    Map<UUID, Named> ofScope(Collection<UUID> schoolIds, Scope scope) {
        var wanted = new HashSet<>(schoolIds);
        Map<UUID, OrgUnitRef> schools = new HashMap<>();
        for (OrgUnitRef r : orgUnits.inScope(OrgUnitKind.SCHOOL, scope))
            if (wanted.remove(r.id())) schools.put(r.id(), r);
        // a school outside the scope's paths (not expected of a scoped list) is still named
        for (OrgUnitRef r : orgUnits.byIds(wanted)) schools.put(r.id(), r);
        Map<UUID, String> municipalities = new HashMap<>();
        for (OrgUnitRef m : orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope)) municipalities.put(m.id(), m.name());
        return named(schools, municipalities);
    }

    /** Names the schools, looking up the municipalities not yet known by their ids. */
    private Map<UUID, Named> named(Map<UUID, OrgUnitRef> schools, Map<UUID, String> municipalities) {
        for (OrgUnitRef m : orgUnits.byIds(schools.values().stream()
                .map(OrgUnitRef::parentId)
                .filter(p -> p != null && !municipalities.containsKey(p))
                .distinct()
                .toList())) municipalities.put(m.id(), m.name());
        var named = new HashMap<UUID, Named>();
        schools.forEach((id, s) ->
                named.put(id, new Named(s, s.parentId() == null ? "" : municipalities.getOrDefault(s.parentId(), ""))));
        return named;
    }
}
