package ru.opora.orgunits.register;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.opora.orgunits.OrgPath;

/** The regions of the register: the roots of the hierarchy, each with its education authority. */
@Repository
public class Regions {

    private final JdbcClient jdbc;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public OrgPath insert(UUID id, String code, String name, String authorityName) {
        var path = OrgPath.ofRegion(id);
        jdbc.sql("""
                insert into orgunits.org_unit (id, kind, parent_id, code, name, short_name, path, level)
                values (?, 'REGION', null, ?, ?, ?, ?, 1)
                """).params(id, code, name, name, path).update();
        jdbc.sql("insert into orgunits.region (id, authority_name) values (?, ?)")
                .params(id, authorityName)
                .update();
        return path;
    }
}
