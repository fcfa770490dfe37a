package ru.opora.risk.profiles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.Factor;
import ru.opora.risk.engine.FactorResult;
import ru.opora.risk.engine.Level;
import ru.opora.risk.engine.RiskCatalogue;
import ru.opora.risk.engine.RiskEngine;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Schools' risk profiles: computed from the cohort's catalogue and the schools' data, with imported
 * levels put over the computed ones, and kept as snapshots. A recomputation adds a snapshot only for
 * the schools whose profile changed, so the history lists real changes (decision 0011).
 */
@Component
public class Profiles {

    /** One school's profile as computed at a moment. */
    public record Snapshot(
            long id,
            UUID schoolId,
            OrgPath schoolPath,
            int year,
            int catalogueVersion,
            List<FactorResult> entries,
            String cause,
            Instant computedAt) {

        public Optional<FactorResult> entry(String factorCode) {
            return entries.stream()
                    .filter(e -> e.factorCode().equals(factorCode))
                    .findFirst();
        }
    }

    private static final TypeReference<List<FactorResult>> ENTRIES = new TypeReference<>() {};
    private static final TypeReference<List<String>> CODES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final Catalogues catalogues;
    private final Questionnaires questionnaires;
    private final SchoolData schoolData;

    Profiles(
            JdbcClient jdbc,
            JdbcTemplate batch,
            JsonMapper json,
            Catalogues catalogues,
            Questionnaires questionnaires,
            SchoolData schoolData) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.catalogues = catalogues;
        this.questionnaires = questionnaires;
        this.schoolData = schoolData;
    }

    /**
     * Recomputes the cohort's profiles of the region's schools.
     *
     * @param cause why, for the history: {@code catalogue}, {@code questionnaires}, {@code import}, {@code results}…
     * @return how many schools' profiles changed
     */
    @Transactional
    public int recompute(Cohort cohort, String cause) {
        UUID regionId = cohort.regionId();
        OrgPath regionPath = cohort.regionPath();
        int year = cohort.year();
        jdbc.sql("select pg_advisory_xact_lock(hashtext('risk.profile'), hashtext(?))")
                .param(regionPath.value() + year)
                .query()
                .singleValue();
        var version = catalogues.open(regionId, year);
        Set<String> known = questionnaires.variableNames(regionId, year);
        var data = schoolData.region(regionPath, year);
        var imported = importedLevels(regionPath, year);
        var current = new HashMap<UUID, Snapshot>();
        for (Snapshot s : current(Scope.of(regionPath), year)) current.put(s.schoolId(), s);
        var retire = new ArrayList<Object[]>();
        var insert = new ArrayList<Object[]>();
        data.values().forEach((school, values) -> {
            var entries = entries(version.catalogue(), values, known, imported.getOrDefault(school, Map.of()));
            var before = current.get(school);
            if (before != null
                    && before.catalogueVersion() == version.number()
                    && before.entries().equals(entries)) return;
            if (before != null) retire.add(new Object[] {before.id()});
            insert.add(new Object[] {
                school,
                data.schools().get(school).path(),
                year,
                version.number(),
                json.writeValueAsString(entries),
                cause
            });
        });
        batch.batchUpdate("update risk.profile set is_current = false where id = ?", retire);
        batch.batchUpdate("""
                insert into risk.profile (school_id, school_path, cohort_year, catalogue_version, entries, cause)
                values (?, ?, ?, ?, cast(? as jsonb), ?)""", insert);
        return insert.size();
    }

    /** A factor's entry for one school under a changed factor, without saving anything: the editor's try. */
    FactorResult tryFactor(Cohort cohort, Factor factor, UUID schoolId) {
        UUID regionId = cohort.regionId();
        OrgPath regionPath = cohort.regionPath();
        int year = cohort.year();
        var catalogue = catalogues.current(regionId, year).catalogue().withFactor(factor);
        var values = schoolData.region(regionPath, year).values().getOrDefault(schoolId, Map.of());
        return RiskEngine.factor(catalogue, factor, values, questionnaires.variableNames(regionId, year));
    }

    static List<FactorResult> entries(
            RiskCatalogue catalogue, Map<String, Double> values, Set<String> known, Map<String, Level> imported) {
        var result = new ArrayList<FactorResult>();
        for (FactorResult r : RiskEngine.profile(catalogue, values, known)) {
            Level level = imported.get(r.factorCode());
            result.add(level == null ? r : r.importedAs(level));
        }
        return result;
    }

    public List<Snapshot> current(Scope scope, int year) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql(SELECT + " where is_current and cohort_year = ? and " + scope.sqlCondition("school_path")
                        + " order by school_path")
                .params(year)
                .query((rs, n) -> snapshot(rs))
                .list();
    }

    /** A current profile without its indicators: the level of each factor, in the catalogue's order. */
    public record Summary(UUID schoolId, int catalogueVersion, Instant computedAt, Map<String, Level> levels) {}

    /**
     * The scope's current profiles as levels per factor, the schools in path order: what the heatmap
     * and the API's list show. Read from the factors and levels kept beside each profile's entries
     * (migration risk V2), so that a region's hundreds of profiles are not decompressed and parsed
     * whole on every view.
     */
    public List<Summary> summaries(Scope scope, int year) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql("select school_id, catalogue_version, computed_at, factor_codes::text, factor_levels::text"
                        + " from risk.profile where is_current and cohort_year = ? and "
                        + scope.sqlCondition("school_path") + " order by school_path")
                .params(year)
                .query((rs, n) -> new Summary(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getTimestamp(3).toInstant(),
                        levels(json.readValue(rs.getString(4), CODES), json.readValue(rs.getString(5), CODES))))
                .list();
    }

    private static Map<String, Level> levels(List<String> factors, List<String> levels) {
        var result = new java.util.LinkedHashMap<String, Level>();
        for (int i = 0; i < factors.size(); i++) result.put(factors.get(i), Level.valueOf(levels.get(i)));
        return result;
    }

    public Optional<Snapshot> current(UUID schoolId, int year) {
        return jdbc.sql(SELECT + " where is_current and school_id = ? and cohort_year = ?")
                .params(schoolId, year)
                .query((rs, n) -> snapshot(rs))
                .optional();
    }

    /** Newest first. */
    List<Snapshot> history(UUID schoolId, int year) {
        return jdbc.sql(SELECT + " where school_id = ? and cohort_year = ? order by computed_at desc, id desc")
                .params(schoolId, year)
                .query((rs, n) -> snapshot(rs))
                .list();
    }

    /** Cohort years with profiles among the scope's schools, newest first. */
    List<Integer> years(Scope scope) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql("select distinct cohort_year from risk.profile where is_current and "
                        + scope.sqlCondition("school_path") + " order by 1 desc")
                .query(Integer.class)
                .list();
    }

    private Map<UUID, Map<String, Level>> importedLevels(OrgPath regionPath, int year) {
        var result = new HashMap<UUID, Map<String, Level>>();
        jdbc.sql(
                        "select school_id, factor_code, level from risk.imported_level where cohort_year = ? and school_path like ?")
                .params(year, regionPath.likePattern())
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(rs.getString(2), Level.valueOf(rs.getString(3)));
                });
        return result;
    }

    private static final String SELECT = """
            select id, school_id, school_path, cohort_year, catalogue_version, entries::text, cause, computed_at
            from risk.profile""";

    private Snapshot snapshot(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Snapshot(
                rs.getLong(1),
                rs.getObject(2, UUID.class),
                OrgPath.parse(rs.getString(3)),
                rs.getInt(4),
                rs.getInt(5),
                json.readValue(rs.getString(6), ENTRIES),
                rs.getString(7),
                rs.getTimestamp(8).toInstant());
    }
}
