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

    /** A school the reader may see; empty when there is none or it lies outside the scope (so ids cannot be probed). */
    public Optional<OrgUnitRef> school(UUID id, Scope scope) {
        return find(id).filter(s -> s.kind() == OrgUnitKind.SCHOOL && scope.permits(s.path()));
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
        return jdbc.sql(COLUMNS + "where kind = ? and " + scope.sqlCondition("path") + " order by name")
                .params(kind.name())
                .query(OrgUnits::ref)
                .list();
    }

    /** The schools of the scope by code, for an import that names schools. */
    public SchoolsByCode schoolsByCode(Scope scope) {
        var levels = new java.util.HashMap<UUID, Levels>();
        if (!scope.isEmpty())
            jdbc.sql("""
                            select u.id, s.has_primary, s.has_basic, s.has_secondary
                            from orgunits.org_unit u join orgunits.school s on s.id = u.id
                            where u.kind = 'SCHOOL' and """ + scope.sqlCondition("u.path"))
                    .query((rs, n) -> levels.put(
                            rs.getObject(1, UUID.class),
                            new Levels(rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4))))
                    .list();
        return new SchoolsByCode(inScope(OrgUnitKind.SCHOOL, scope), levels);
    }

    /** The register's context of every school in the scope (active or not: results may predate a closure). */
    public List<SchoolContext> schoolContexts(Scope scope) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql("""
                        select u.id, u.code, u.name, u.path, u.parent_id, s.school_kind, s.settlement, s.students, s.share_ovz,
                               s.adverse_social_conditions, s.is_small, s.has_primary, s.has_basic, s.has_secondary
                        from orgunits.org_unit u join orgunits.school s on s.id = u.id
                        where u.kind = 'SCHOOL' and """ + scope.sqlCondition("u.path"))
                .query((rs, n) -> new SchoolContext(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getString("name"),
                        OrgPath.parse(rs.getString("path")),
                        rs.getObject("parent_id", UUID.class),
                        SchoolKind.valueOf(rs.getString("school_kind")),
                        Settlement.valueOf(rs.getString("settlement")),
                        rs.getInt("students"),
                        rs.getObject("share_ovz") == null
                                ? null
                                : rs.getBigDecimal("share_ovz").doubleValue(),
                        rs.getBoolean("adverse_social_conditions"),
                        rs.getBoolean("is_small"),
                        new Levels(
                                rs.getBoolean("has_primary"),
                                rs.getBoolean("has_basic"),
                                rs.getBoolean("has_secondary"))))
                .list();
    }

    static OrgUnitRef ref(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new OrgUnitRef(
                rs.getObject("id", UUID.class),
                OrgUnitKind.valueOf(rs.getString("kind")),
                rs.getString("code"),
                rs.getString("name"),
                OrgPath.parse(rs.getString("path")),
                rs.getObject("parent_id", UUID.class));
    }
}
