package ru.opora.risk.profiles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.FactorResult;
import ru.opora.risk.engine.Level;
import ru.opora.risk.engine.RiskCatalogue;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A school's self-diagnosis of a cohort (docs/domain.md §5.3, §7.7): per factor, whether it is actual for
 * the school and the short measures, and the risks chosen to work on (at most the catalogue's
 * limit). Leaving out a HIGH risk is allowed with a warning; the curator comments. Two people
 * saving one form never overwrite each other: the second is told to reload.
 */
@Component
public class SelfDiagnoses {

    /** One row of the form. */
    // Serializable: a refused form goes back to the page in the (JDBC) session's flash map
    public record Entry(String factorCode, boolean actual, String measures, boolean selected)
            implements java.io.Serializable {}

    record SelfDiagnosis(
            UUID schoolId,
            int year,
            List<Entry> entries,
            String updatedBy,
            Instant updatedAt,
            @Nullable String curatorComment,
            @Nullable String commentedBy,
            @Nullable Instant commentedAt,
            int version) {

        public List<String> selected() {
            return entries.stream()
                    .filter(Entry::selected)
                    .map(Entry::factorCode)
                    .toList();
        }
    }

    /** Someone else saved the form since it was opened. */
    static final class Conflict extends RuntimeException {
        Conflict() {
            super("self-diagnosis changed since it was opened");
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;

    SelfDiagnoses(JdbcClient jdbc, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
    }

    Optional<SelfDiagnosis> find(UUID schoolId, int year) {
        return jdbc.sql("""
                        select entries::text, updated_by, updated_at, curator_comment, commented_by, commented_at, version
                        from risk.self_diagnosis where school_id = ? and cohort_year = ?""")
                .params(schoolId, year)
                .query((rs, n) -> new SelfDiagnosis(
                        schoolId,
                        year,
                        json.readValue(rs.getString(1), new TypeReference<List<Entry>>() {}),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getInt(7)))
                .optional();
    }

    /** The self-diagnoses of the scope's schools for a cohort, by school. */
    Map<UUID, SelfDiagnosis> inScope(Scope scope, int year) {
        var result = new java.util.HashMap<UUID, SelfDiagnosis>();
        if (scope.isEmpty()) return result;
        jdbc.sql("""
                        select school_id, entries::text, updated_by, updated_at, curator_comment, commented_by, commented_at,
                            version from risk.self_diagnosis where cohort_year = ? and """ + scope.sqlCondition("school_path")).params(year).query(rs -> {
            UUID id = rs.getObject(1, UUID.class);
            result.put(
                    id,
                    new SelfDiagnosis(
                            id,
                            year,
                            json.readValue(rs.getString(2), new TypeReference<List<Entry>>() {}),
                            rs.getString(3),
                            rs.getTimestamp(4).toInstant(),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getTimestamp(7) == null
                                    ? null
                                    : rs.getTimestamp(7).toInstant(),
                            rs.getInt(8)));
        });
        return result;
    }

    /** The message keys of what keeps the entries from being saved. */
    static List<String> check(List<Entry> entries, RiskCatalogue catalogue) {
        var problems = new ArrayList<String>();
        long selected = entries.stream().filter(Entry::selected).count();
        if (selected > catalogue.maxSelected()) problems.add("risk.self.error.tooMany");
        for (Entry e : entries) {
            if (e.selected() && !e.actual()) problems.add("risk.self.error.selectedNotActual");
            if (e.measures().length() > 2000) problems.add("risk.self.error.tooLong");
        }
        return problems.stream().distinct().toList();
    }

    /** The HIGH factors of the profile the school did not choose: the page warns about them. */
    static List<String> highNotSelected(List<Entry> entries, List<FactorResult> profile) {
        var chosen =
                entries.stream().filter(Entry::selected).map(Entry::factorCode).toList();
        return profile.stream()
                .filter(r -> r.level() == Level.HIGH && !chosen.contains(r.factorCode()))
                .map(FactorResult::factorCode)
                .toList();
    }

    /**
     * Saves the school's form.
     *
     * @param expectedVersion the version the form was opened at; 0 for a new form
     * @throws Conflict when someone saved it since
     */
    @Transactional
    public void save(
            UUID schoolId, OrgPath schoolPath, int year, List<Entry> entries, int expectedVersion, String actor) {
        String content = json.writeValueAsString(entries);
        var before = find(schoolId, year);
        int changed;
        if (expectedVersion == 0) {
            changed = jdbc.sql("""
                            insert into risk.self_diagnosis (school_id, school_path, cohort_year, entries, updated_by)
                            values (?, ?, ?, cast(? as jsonb), ?) on conflict do nothing""")
                    .params(schoolId, schoolPath, year, content, actor)
                    .update();
        } else {
            changed = jdbc.sql("""
                            update risk.self_diagnosis set entries = cast(? as jsonb), updated_by = ?, updated_at = now(),
                                version = version + 1 where school_id = ? and cohort_year = ? and version = ?""")
                    .params(content, actor, schoolId, year, expectedVersion)
                    .update();
        }
        if (changed == 0) throw new Conflict();
        audit.record(new AuditLog.Change(
                actor,
                schoolPath,
                "SELF_DIAGNOSIS",
                schoolId + "/" + year,
                String.valueOf(year),
                before.isPresent() ? "UPDATE" : "CREATE",
                before.map(b -> Map.<String, Object>of("entries", json.writeValueAsString(b.entries())))
                        .orElse(null),
                Map.of("entries", content)));
    }

    @Transactional
    void comment(UUID schoolId, OrgPath schoolPath, int year, String comment, String actor) {
        int changed =
                jdbc.sql("""
                        update risk.self_diagnosis set curator_comment = ?, commented_by = ?, commented_at = now()
                        where school_id = ? and cohort_year = ?""").params(comment.strip(), actor, schoolId, year).update();
        if (changed == 0) throw new IllegalStateException("no self-diagnosis to comment on");
        audit.record(new AuditLog.Change(
                actor,
                schoolPath,
                "SELF_DIAGNOSIS_COMMENT",
                schoolId + "/" + year,
                String.valueOf(year),
                "UPDATE",
                null,
                Map.of("comment", comment.strip())));
    }
}
