package ru.opora.monitoring.mechanism;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;

/**
 * A municipality's assessment of its system of work with ШНОР for a cycle (§6.7): filled in by the
 * municipality (each position scored with evidence and a comment), submitted, then accepted by the
 * region or returned with remarks; a returned assessment is corrected and submitted again.
 */
@Component
public class MechanismAssessments {

    /** The review states, as document review has them. */
    public enum Status {
        DRAFT,
        SUBMITTED,
        ACCEPTED,
        RETURNED
    }

    /** One position's score with its evidence link and comment. */
    public record Score(
            int position,
            int score,
            @Nullable String evidenceUrl,
            @Nullable String comment) {}

    /** A municipality's assessment of a cycle. */
    public record Assessment(
            UUID municipalityId,
            OrgPath municipalityPath,
            int year,
            Status status,
            @Nullable String remarks,
            Map<Integer, Score> scores,
            String updatedBy) {

        public int total() {
            return scores.values().stream().mapToInt(Score::score).sum();
        }

        public @Nullable Score score(int position) {
            return scores.get(position);
        }

        /** The municipality edits a draft or a returned assessment; a submitted or accepted one waits. */
        public boolean editable() {
            return status == Status.DRAFT || status == Status.RETURNED;
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    MechanismAssessments(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<Assessment> find(UUID municipality, int year) {
        return jdbc.sql("""
                        select municipality_id, municipality_path, cycle_year, status, remarks, updated_by
                        from monitoring.mechanism_assessment where municipality_id = ? and cycle_year = ?""")
                .params(municipality, year)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)
                })
                .optional()
                .map(r -> new Assessment(
                        (UUID) r[0],
                        OrgPath.parse((String) r[1]),
                        (Integer) r[2],
                        Status.valueOf((String) r[3]),
                        (String) r[4],
                        scores(municipality, year),
                        (String) r[5]));
    }

    /** The assessments of a year in the scope, by municipality: two queries however many municipalities. */
    public Map<UUID, Assessment> ofYear(int year, Scope scope) {
        var result = new LinkedHashMap<UUID, Assessment>();
        if (scope.isEmpty()) return result;
        var scores = new java.util.HashMap<UUID, Map<Integer, Score>>();
        jdbc.sql("""
                        select p.municipality_id, p.position, p.score, p.evidence_url, p.comment
                        from monitoring.mechanism_position p join monitoring.mechanism_assessment a
                          on a.municipality_id = p.municipality_id and a.cycle_year = p.cycle_year
                        where p.cycle_year = ? and (""" + scope.sqlCondition("a.municipality_path") + ") order by p.position")
                .params(year)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getInt(2), new Score(rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
                });
        jdbc.sql("""
                        select municipality_id, municipality_path, status, remarks, updated_by
                        from monitoring.mechanism_assessment where cycle_year = ? and (""" + scope.sqlCondition("municipality_path") + ") order by municipality_path")
                .params(year)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    result.put(
                            id,
                            new Assessment(
                                    id,
                                    OrgPath.parse(rs.getString(2)),
                                    year,
                                    Status.valueOf(rs.getString(3)),
                                    rs.getString(4),
                                    scores.getOrDefault(id, Map.of()),
                                    rs.getString(5)));
                });
        return result;
    }

    private Map<Integer, Score> scores(UUID municipality, int year) {
        var scores = new LinkedHashMap<Integer, Score>();
        jdbc.sql("""
                        select position, score, evidence_url, comment from monitoring.mechanism_position
                        where municipality_id = ? and cycle_year = ? order by position""")
                .params(municipality, year)
                .query((rs, n) -> new Score(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list()
                .forEach(s -> scores.put(s.position(), s));
        return scores;
    }

    /** Saves the municipality's scores, submitted or kept as a draft; checked by the page. */
    @RequiresPermission(Permission.MONITORING_REVIEW)
    @Transactional
    public void save(UUID municipality, OrgPath path, int year, List<Score> scores, boolean submit, String actor) {
        var before = find(municipality, year);
        if (before.isPresent() && !before.get().editable()) throw new IllegalStateException("not editable");
        String status =
                submit ? "SUBMITTED" : before.map(b -> b.status().name()).orElse("DRAFT");
        jdbc.sql("""
                        insert into monitoring.mechanism_assessment (municipality_id, municipality_path, cycle_year, status, updated_by)
                        values (?, ?, ?, ?, ?)
                        on conflict (municipality_id, cycle_year) do update set status = excluded.status,
                            updated_by = excluded.updated_by, updated_at = now()""").params(municipality, path.value(), year, status, actor).update();
        jdbc.sql("delete from monitoring.mechanism_position where municipality_id = ? and cycle_year = ?")
                .params(municipality, year)
                .update();
        for (Score s : scores)
            jdbc.sql("""
                            insert into monitoring.mechanism_position (municipality_id, cycle_year, position, score, evidence_url, comment)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(municipality, year, s.position(), s.score(), s.evidenceUrl(), s.comment())
                    .update();
        audit.record(new AuditLog.Change(
                actor,
                path,
                "MECHANISM_ASSESSMENT",
                municipality + "/" + year,
                String.valueOf(year),
                submit ? "SUBMIT" : "UPDATE",
                Map.of(),
                Map.of("total", scores.stream().mapToInt(Score::score).sum(), "status", status)));
    }

    /** The region accepts a submitted assessment or returns it with remarks. */
    @RequiresPermission(Permission.MONITORING_MANAGE)
    @Transactional
    public void review(UUID municipality, int year, boolean accept, String remarks, String actor) {
        var before = find(municipality, year).orElseThrow(ru.opora.shared.NotFound::new);
        if (before.status() != Status.SUBMITTED) throw new IllegalStateException("not submitted");
        jdbc.sql("""
                        update monitoring.mechanism_assessment set status = ?, remarks = ?, reviewed_by = ?, reviewed_at = now()
                        where municipality_id = ? and cycle_year = ?""")
                .params(
                        accept ? "ACCEPTED" : "RETURNED",
                        remarks.isBlank() ? null : remarks.strip(),
                        actor,
                        municipality,
                        year)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                before.municipalityPath(),
                "MECHANISM_ASSESSMENT",
                municipality + "/" + year,
                String.valueOf(year),
                accept ? "ACCEPT" : "RETURN",
                Map.of("status", before.status().name()),
                Map.of("status", accept ? "ACCEPTED" : "RETURNED", "remarks", remarks)));
    }
}
