package ru.opora.identification.runs;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;

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
        Map<UUID, String> municipalities = new HashMap<>();
        for (OrgUnitRef m : orgUnits.byIds(schools.values().stream()
                .map(OrgUnitRef::parentId)
                .filter(Objects::nonNull)
                .toList())) municipalities.put(m.id(), m.name());
        var named = new HashMap<UUID, Named>();
        schools.forEach((id, s) ->
                named.put(id, new Named(s, s.parentId() == null ? "" : municipalities.getOrDefault(s.parentId(), ""))));
        return named;
    }
}
