package ru.opora.support.curators;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.identity.AuditLog;
import ru.opora.orgunits.OrgPath;

/** The region's curator profiles and their current caseloads. */
@Component
public class CuratorProfiles {

    /** A curator's profile. */
    public record Profile(
            String username,
            UUID regionId,
            String organisation,
            String position,
            Set<String> subjects,
            Set<String> expertise,
            @Nullable UUID municipalityId,
            int caseloadLimit,
            @Nullable UUID ownSchoolId) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    CuratorProfiles(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Profile> ofRegion(UUID regionId) {
        return jdbc.sql("select " + COLUMNS + " from support.curator where region_id = ? order by username")
                .param(regionId)
                .query(this::row)
                .list();
    }

    Optional<Profile> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from support.curator where username = ?")
                .param(username)
                .query(this::row)
                .optional();
    }

    public void save(Profile p, String actor, OrgPath regionPath) {
        var before = find(p.username());
        jdbc.sql("""
                        insert into support.curator (username, region_id, organisation, position, subjects, expertise,
                            municipality_id, caseload_limit, own_school_id, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (username) do update set organisation = excluded.organisation, position = excluded.position,
                            subjects = excluded.subjects, expertise = excluded.expertise, municipality_id = excluded.municipality_id,
                            caseload_limit = excluded.caseload_limit, own_school_id = excluded.own_school_id,
                            updated_by = excluded.updated_by, updated_at = now()""")
                .params(
                        p.username(),
                        p.regionId(),
                        p.organisation(),
                        p.position(),
                        p.subjects().stream().sorted().toArray(String[]::new),
                        p.expertise().stream().sorted().toArray(String[]::new),
                        p.municipalityId(),
                        p.caseloadLimit(),
                        p.ownSchoolId(),
                        actor)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                regionPath,
                "CURATOR_PROFILE",
                p.username(),
                p.username(),
                before.isPresent() ? "UPDATE" : "CREATE",
                before.map(CuratorProfiles::state).orElse(null),
                state(p)));
    }

    /** How many schools each curator has now in the year. */
    /**
     * The curators' active assignments of the year, by curator. Only theirs: counting the whole
     * country's to show a region's few curators grew every curator page with the country.
     */
    Map<String, Integer> caseloads(int year, java.util.Collection<String> curators) {
        var result = new java.util.HashMap<String, Integer>();
        if (curators.isEmpty()) return result;
        jdbc.sql("""
                        select curator, count(*) from support.assignment
                         where curator = any(?) and cohort_year = ? and ended_at is null group by curator""").params(curators.toArray(String[]::new), year).query(rs -> {
            result.put(rs.getString(1), rs.getInt(2));
        });
        return result;
    }

    private static Map<String, Object> state(Profile p) {
        return Map.of(
                "expertise", String.join(",", p.expertise()),
                "subjects", String.join(",", p.subjects()),
                "limit", p.caseloadLimit(),
                "organisation", p.organisation());
    }

    private static final String COLUMNS =
            "username, region_id, organisation, position, subjects, expertise, municipality_id,"
                    + " caseload_limit, own_school_id";

    private Profile row(ResultSet rs, int n) throws SQLException {
        return new Profile(
                rs.getString(1),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                set(rs.getArray(5)),
                set(rs.getArray(6)),
                rs.getObject(7, UUID.class),
                rs.getInt(8),
                rs.getObject(9, UUID.class));
    }

    private static Set<String> set(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }
}
