package ru.opora.orgunits;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read access to the hierarchy for other modules: names, paths and pickers, always by scope. */
@Component
public class OrgUnits {

    private static final String COLUMNS = "select id, kind, code, name, path, parent_id from orgunits.org_unit ";

    private final JdbcClient jdbc;

    OrgUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OrgUnitRef> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql(COLUMNS + "where id = any(?) order by path")
                .param(ids.toArray(UUID[]::new))
                .query(OrgUnits::ref)
                .list();
    }

    public Optional<OrgUnitRef> find(UUID id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(OrgUnits::ref).optional();
    }

    public Optional<OrgUnitRef> findByCode(OrgUnitKind kind, String code) {
        return jdbc.sql(COLUMNS + "where kind = ? and code = ?")
                .param(kind.name())
                .param(code)
                .query(OrgUnits::ref)
                .optional();
    }

    /** Org units of a kind inside the scope, ordered by name; for pickers and filters. */
    public List<OrgUnitRef> inScope(OrgUnitKind kind, Scope scope) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql(COLUMNS + "where kind = ? and path like any(?) order by name")
                .param(kind.name())
                .param(scope.likePatterns())
                .query(OrgUnits::ref)
                .list();
    }

    static OrgUnitRef ref(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new OrgUnitRef(
                rs.getObject("id", UUID.class),
                OrgUnitKind.valueOf(rs.getString("kind")),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("path"),
                rs.getObject("parent_id", UUID.class));
    }
}
