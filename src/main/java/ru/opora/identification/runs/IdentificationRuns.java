package ru.opora.identification.runs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identification.engine.Flag;
import ru.opora.identification.engine.Identification;
import ru.opora.identification.engine.RuleSet;
import ru.opora.identification.engine.Verdict;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs identification for a region's year, stores the run with its parameters, input fingerprints
 * and every school's verdict, refreshes the year's objectivity flags (keeping their reviews), and
 * reads runs back by scope.
 */
@Component
public class IdentificationRuns {

    /** A computed list before or without saving: the what-if. */
    record Computed(int year, RuleSet rules, Identification.Result result, RegionYears.Loaded loaded) {
        Set<UUID> candidates() {
            var ids = new HashSet<UUID>();
            for (Verdict v : result.verdicts()) if (v.outcome() == Verdict.Outcome.CANDIDATE) ids.add(v.schoolId());
            return ids;
        }
    }

    /** A stored run as its list shows it. */
    public record Run(
            UUID id,
            int year,
            int ruleVersion,
            RuleSet rules,
            Map<String, Object> thresholds,
            int schools,
            int candidates,
            String status,
            String createdBy,
            Instant createdAt,
            @Nullable String confirmedBy) {
        public boolean confirmed() {
            return "CONFIRMED".equals(status);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final RegionYears years;
    private final AuditLog audit;
    private final ShnorStatuses statuses;

    IdentificationRuns(
            JdbcClient jdbc,
            JdbcTemplate batch,
            JsonMapper json,
            RegionYears years,
            AuditLog audit,
            ShnorStatuses statuses) {
        this.statuses = statuses;
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.years = years;
        this.audit = audit;
    }

    Computed compute(OrgPath regionPath, int year, RuleSet rules) {
        var loaded = years.load(regionPath, year, rules.windowYears());
        var result = new Identification(rules).run(year, loaded.byYear(), confirmedNonObjective(regionPath, year));
        return new Computed(year, rules, result, loaded);
    }

    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    public UUID run(UUID regionId, OrgPath regionPath, int year, RuleSets.Version version, String actor) {
        var computed = compute(regionPath, year, version.rules());
        UUID id = UUID.randomUUID();
        insertRun(id, regionId, regionPath, computed, version, actor);
        var rows = new ArrayList<Object[]>();
        for (Verdict v : computed.result().verdicts()) {
            var context = computed.loaded().schools().get(v.schoolId());
            if (context == null) continue; // results of a school no longer in the register
            rows.add(new Object[] {id, v.schoolId(), context.path(), v.outcome().name(), json.writeValueAsString(v)});
        }
        batch.batchUpdate(
                "insert into identification.run_school (run_id, school_id, school_path, outcome, verdict) values (?, ?, ?, ?, cast(? as jsonb))",
                rows);
        refreshFlags(regionPath, year, computed);
        audit.record(new AuditLog.Change(
                actor,
                regionPath,
                "IDENTIFICATION_RUN",
                id.toString(),
                String.valueOf(year),
                "CREATE",
                null,
                Map.of(
                        "year",
                        year,
                        "ruleVersion",
                        version.number(),
                        "candidates",
                        computed.candidates().size())));
        return id;
    }

    private void insertRun(
            UUID id, UUID regionId, OrgPath regionPath, Computed computed, RuleSets.Version version, String actor) {
        int year = computed.year();
        var thresholds = new LinkedHashMap<String, Object>();
        computed.result().vprThresholds().forEach((y, t) -> thresholds.put("vpr" + y, round(t)));
        thresholds.put("oge", round(computed.result().ogeThreshold()));
        thresholds.put("ege", round(computed.result().egeThreshold()));
        jdbc.sql("""
                        insert into identification.run (id, region_id, region_path, year, rule_version, params, inputs, thresholds,
                            schools, candidates, status, created_by)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?, 'DRAFT', ?)""")
                .params(
                        id,
                        regionId,
                        regionPath,
                        year,
                        version.number(),
                        json.writeValueAsString(version.rules()),
                        json.writeValueAsString(computed.loaded().inputs()),
                        json.writeValueAsString(thresholds),
                        computed.result().verdicts().size(),
                        computed.candidates().size(),
                        actor)
                .update();
    }

    /** Open flags are recomputed; reviewed ones keep their status and comment, with fresh values. */
    private void refreshFlags(OrgPath regionPath, int year, Computed computed) {
        jdbc.sql(
                        "delete from identification.objectivity_flag where year = ? and school_path like ? and status = 'OPEN'")
                .params(year, regionPath.likePattern())
                .update();
        var rows = new ArrayList<Object[]>();
        computed.result().flags().forEach((school, flags) -> {
            var context = computed.loaded().schools().get(school);
            if (context == null) return;
            for (Flag f : flags)
                rows.add(new Object[] {
                    school,
                    context.path(),
                    year,
                    f.code().name(),
                    f.value(),
                    f.threshold(),
                    json.writeValueAsString(f.evidence()),
                    f.expected(),
                    f.z()
                });
        });
        batch.batchUpdate("""
                        insert into identification.objectivity_flag
                            (school_id, school_path, year, code, value, threshold, evidence, expected, z)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                        on conflict (school_id, year, code) do update set value = excluded.value, threshold = excluded.threshold,
                            evidence = excluded.evidence, expected = excluded.expected, z = excluded.z, computed_at = now()""", rows);
    }

    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    public void confirm(UUID runId, UUID regionId, String actor) {
        int changed = jdbc.sql("""
                        update identification.run set status = 'CONFIRMED', confirmed_by = ?, confirmed_at = now()
                        where id = ? and region_id = ? and status = 'DRAFT'""").params(actor, runId, regionId).update();
        if (changed == 0) throw new IllegalStateException("no draft run " + runId);
        var run = find(runId).orElseThrow();
        OrgPath regionPath = regionPath(runId).orElseThrow();
        var region = Scope.of(regionPath);
        var verdicts = verdicts(runId, region);
        var previous = new java.util.HashMap<UUID, Verdict>();
        lastConfirmed(regionId, run.year() - 1)
                .ifPresent(p -> verdicts(p.id(), region).forEach(v -> previous.put(v.schoolId(), v)));
        statuses.onRunConfirmed(run, regionId, paths(runId), verdicts, previous, actor);
        audit.record(new AuditLog.Change(
                actor,
                null,
                "IDENTIFICATION_RUN",
                runId.toString(),
                String.valueOf(run.year()),
                "CONFIRM",
                Map.of("status", "DRAFT"),
                Map.of("status", "CONFIRMED", "candidates", run.candidates())));
    }

    private Map<UUID, OrgPath> paths(UUID runId) {
        var paths = new java.util.HashMap<UUID, OrgPath>();
        jdbc.sql("select school_id, school_path from identification.run_school where run_id = ?")
                .param(runId)
                .query(rs -> {
                    paths.put(rs.getObject(1, UUID.class), OrgPath.parse(rs.getString(2)));
                });
        return paths;
    }

    Set<UUID> confirmedNonObjective(OrgPath regionPath, int year) {
        return new HashSet<>(jdbc.sql("""
                        select distinct school_id from identification.objectivity_flag
                        where year = ? and school_path like ? and status = 'CONFIRMED'""")
                .params(year, regionPath.likePattern())
                .query(UUID.class)
                .list());
    }

    List<Run> runs(UUID regionId) {
        return jdbc.sql(SELECT_RUN + " where region_id = ? order by created_at desc")
                .param(regionId)
                .query((rs, n) -> run(rs))
                .list();
    }

    /** Whether the region has run identification at all (the demo runs it only on a new region). */
    public boolean anyIn(UUID regionId) {
        return jdbc.sql("select exists (select 1 from identification.run where region_id = ?)")
                .param(regionId)
                .query(Boolean.class)
                .single();
    }

    public Optional<Run> find(UUID runId) {
        return jdbc.sql(SELECT_RUN + " where id = ?")
                .param(runId)
                .query((rs, n) -> run(rs))
                .optional();
    }

    /** The region of a run: the reader's scope must cover it or one of its schools. */
    Optional<OrgPath> regionPath(UUID runId) {
        return jdbc.sql("select region_path from identification.run where id = ?")
                .param(runId)
                .query((rs, n) -> OrgPath.parse(rs.getString(1)))
                .optional();
    }

    /** The newest confirmed run of the region and year, the what-if compares against it. */
    Optional<Run> lastConfirmed(UUID regionId, int year) {
        return jdbc.sql(
                        SELECT_RUN
                                + " where region_id = ? and year = ? and status = 'CONFIRMED' order by confirmed_at desc limit 1")
                .params(regionId, year)
                .query((rs, n) -> run(rs))
                .optional();
    }

    Set<UUID> candidates(UUID runId) {
        return new HashSet<>(
                jdbc.sql("select school_id from identification.run_school where run_id = ? and outcome = 'CANDIDATE'")
                        .param(runId)
                        .query(UUID.class)
                        .list());
    }

    /** The run's verdicts of the schools in the reader's scope. */
    List<Verdict> verdicts(UUID runId, Scope scope) {
        if (scope.isEmpty()) return List.of();
        var params = new ArrayList<Object>();
        params.add(runId);
        return jdbc.sql("select verdict::text from identification.run_school where run_id = ? and "
                        + scope.sqlCondition("school_path"))
                .params(params)
                .query((rs, n) -> json.readValue(rs.getString(1), Verdict.class))
                .list();
    }

    private static final String SELECT_RUN = """
            select id, year, rule_version, params::text as params, thresholds::text as thresholds, schools, candidates, status,
                   created_by, created_at, confirmed_by from identification.run""";

    @SuppressWarnings("unchecked")
    private Run run(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Run(
                rs.getObject("id", UUID.class),
                rs.getInt("year"),
                rs.getInt("rule_version"),
                json.readValue(rs.getString("params"), RuleSet.class),
                json.readValue(rs.getString("thresholds"), Map.class),
                rs.getInt("schools"),
                rs.getInt("candidates"),
                rs.getString("status"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("confirmed_by"));
    }

    private static double round(double v) {
        return Formats.round(v, 2);
    }
}
