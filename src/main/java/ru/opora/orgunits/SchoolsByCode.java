package ru.opora.orgunits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.opora.shared.importing.Reference;

/**
 * The schools of a scope by their code, for imports whose rows name a school: loaded once per file.
 * A code outside the scope reads as unknown, so a file cannot tell what exists elsewhere.
 */
public final class SchoolsByCode implements Reference<OrgUnitRef> {

    /** A row names a school that is not in the register within the importer's scope. */
    public static final String UNKNOWN = "ORG-E001";

    private final Map<String, OrgUnitRef> byCode = new HashMap<>();
    private final Map<java.util.UUID, OrgUnitRef> byId = new java.util.LinkedHashMap<>();
    private final Map<java.util.UUID, Levels> levels;

    SchoolsByCode(List<OrgUnitRef> schools, Map<java.util.UUID, Levels> levels) {
        for (OrgUnitRef s : schools) {
            byCode.put(s.code(), s);
            byId.put(s.id(), s);
        }
        this.levels = levels;
    }

    /** The school of the scope with this id. */
    public Optional<OrgUnitRef> byId(java.util.UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every school of the scope, in the register's order by name. */
    public java.util.Collection<OrgUnitRef> all() {
        return java.util.Collections.unmodifiableCollection(byId.values());
    }

    /** The levels the register gives the school (all three when it does not say). */
    public Levels levels(java.util.UUID school) {
        return levels.getOrDefault(school, new Levels(true, true, true));
    }

    @Override
    public Optional<OrgUnitRef> find(String code) {
        return Optional.ofNullable(byCode.get(code.strip()));
    }

    @Override
    public String unknownCode() {
        return UNKNOWN;
    }

    /** The only school, when the scope holds exactly one (a school's own staff never name it). */
    public Optional<OrgUnitRef> only() {
        return byCode.size() == 1 ? Optional.of(byCode.values().iterator().next()) : Optional.empty();
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }
}
