package ru.opora.orgunits.register;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;

/** Municipalities of the register, with their paths. */
@Repository
public class Municipalities {

    private static final String SELECT = """
            select o.id, o.parent_id, o.code, o.name, o.path, m.authority_name, m.oktmo
            from orgunits.org_unit o join orgunits.municipality m on m.id = o.id
            """;

    private final JdbcClient jdbc;

    Municipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Located> inScope(Scope scope) {
        if (scope.isEmpty()) return List.of();
        // a school-level scope still sees its own municipality (its parent)
        return jdbc.sql(SELECT + """
                         where o.path like :region and (o.path like any(:patterns)
                            or exists (select 1 from unnest(cast(:paths as text[])) p where p like o.path || '%'))
                         order by o.name
                        """)
                .param("region", scope.region().likePattern())
                .param("patterns", scope.likePatterns())
                .param("paths", scope.sortedPaths().stream().map(OrgPath::value).toArray(String[]::new))
                .query((rs, n) -> located(rs))
                .list();
    }

    /** Every municipality of every region, for imports that check codes against them all. */
    List<Located> all() {
        return jdbc.sql(SELECT).query((rs, n) -> located(rs)).list();
    }

    Optional<Located> find(UUID id) {
        return jdbc.sql(SELECT + " where o.id = ?")
                .param(id)
                .query((rs, n) -> located(rs))
                .optional();
    }

    Optional<Located> findByCode(String code) {
        return jdbc.sql(SELECT + " where o.code = ?")
                .param(code)
                .query((rs, n) -> located(rs))
                .optional();
    }

    public void insert(Municipality m, OrgPath regionPath) {
        jdbc.sql("""
                insert into orgunits.org_unit (id, kind, parent_id, code, name, short_name, path, level)
                values (?, 'MUNICIPALITY', ?, ?, ?, ?, ?, 2)
                """)
                .params(
                        m.id(),
                        m.regionId(),
                        m.code(),
                        m.name(),
                        m.name(),
                        regionPath.child(m.id()).value())
                .update();
        jdbc.sql("insert into orgunits.municipality (id, authority_name, oktmo) values (?, ?, ?)")
                .params(m.id(), m.authorityName(), m.oktmo())
                .update();
    }

    void update(Municipality m) {
        jdbc.sql(
                        "update orgunits.org_unit set name = ?, short_name = ?, version = version + 1, updated_at = now() where id = ?")
                .params(m.name(), m.name(), m.id())
                .update();
        jdbc.sql("update orgunits.municipality set authority_name = ?, oktmo = ? where id = ?")
                .params(m.authorityName(), m.oktmo(), m.id())
                .update();
    }

    private static Located located(java.sql.ResultSet rs) throws java.sql.SQLException {
        var m = new Municipality(
                rs.getObject("id", UUID.class),
                rs.getObject("parent_id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("authority_name"),
                rs.getString("oktmo"));
        return new Located(m, OrgPath.parse(rs.getString("path")));
    }

    record Located(Municipality municipality, OrgPath path) {}
}
