package ru.opora.platform;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Facts about the demo region the access tests rely on, read from the database rather than
 * assumed: which municipality and schools each demo user is scoped to.
 */
public record DemoRegionFacts(
        UUID firstMunicipality,
        UUID secondMunicipality,
        List<UUID> firstMunicipalitySchools,
        List<UUID> secondMunicipalitySchools) {

    public static DemoRegionFacts read(JdbcClient jdbc) {
        List<UUID> municipalities = jdbc.sql(
                        "select id from orgunits.org_unit where kind = 'MUNICIPALITY' and code in ('01', '02') order by code")
                .query(UUID.class)
                .list();
        return new DemoRegionFacts(
                municipalities.get(0),
                municipalities.get(1),
                schoolsOf(jdbc, municipalities.get(0)),
                schoolsOf(jdbc, municipalities.get(1)));
    }

    private static List<UUID> schoolsOf(JdbcClient jdbc, UUID municipality) {
        return jdbc.sql("select id from orgunits.org_unit where parent_id = ? order by code")
                .param(municipality)
                .query(UUID.class)
                .list();
    }
}
