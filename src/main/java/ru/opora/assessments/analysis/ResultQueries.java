package ru.opora.assessments.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.results.Aggregates;
import ru.opora.assessments.results.ResultAggregate;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.Scope;

/**
 * Reads the stored aggregates, never the works: a page costs the same with one region or the
 * whole country loaded. Every query is cut to the reader's scope.
 */
@Component
class ResultQueries {

    /** An org unit's (or class's) aggregate for the chosen ОВЗ groups. */
    record UnitResult(UUID orgUnitId, @Nullable OrgPath path, String classLabel, ResultAggregate aggregate) {}

    private final JdbcClient jdbc;
    private final Aggregates aggregates;

    ResultQueries(JdbcClient jdbc, Aggregates aggregates) {
        this.jdbc = jdbc;
        this.aggregates = aggregates;
    }

    /** The regions of the scope's units: the partition key of the aggregates (V10), so that only theirs are planned. */
    static UUID[] regions(Scope scope) {
        return scope.sortedPaths().stream().map(p -> p.regionId()).distinct().toArray(UUID[]::new);
    }

    /**
     * Assessments with any result inside the scope, newest first. Each assessment looks for one school
     * row of the scope and stops there: written as {@code exists}, the planner of one country chose to
     * read every school row of a municipality in every assessment (4,366 rows, 2,791 pages, 4 ms
     * against 0.7 in the region alone) and PostgreSQL drops a {@code limit} inside {@code exists}.
     */
    List<UUID> assessmentsWithResults(Scope scope) {
        if (scope.isEmpty()) return List.of();
        String sql =
                "select a.id from assessments.assessment a cross join lateral (select 1 from assessments.result_aggregate r"
                        + " where r.region_id in " + literals(regions(scope))
                        + " and r.assessment_id = a.id and r.org_level = 3 and r.class_label = ''"
                        + " and " + scope.sqlCondition("r.org_path")
                        + " limit 1) found order by a.year desc, a.grade, a.subject_name";
        return jdbc.sql(sql).query(UUID.class).list();
    }

    /** The whole-unit aggregate (no class) of one org unit, if it lies in the scope. */
    Optional<UnitResult> unit(Assessment a, UUID orgUnitId, Scope scope, OvzFilter ovz) {
        var rows = rows(a, regions(scope), "org_unit_id = ? and class_label = ''", List.of(orgUnitId), ovz);
        return rows.stream()
                .filter(r -> r.path() != null && (scope.permits(r.path()) || covers(scope, r.path())))
                .findFirst();
    }

    /** The whole-school aggregates of every school in the scope (for the tables of municipalities and regions). */
    List<UnitResult> schools(Assessment a, Scope scope, OvzFilter ovz) {
        return rows(
                a,
                regions(scope),
                "org_level = 3 and class_label = '' and " + scope.sqlCondition("org_path"),
                List.of(),
                ovz);
    }

    /** The stored roll-ups of the scope's municipalities (for the region's task matrix). */
    List<UnitResult> municipalities(Assessment a, Scope scope, OvzFilter ovz) {
        return rows(
                a,
                regions(scope),
                "org_level = 2 and class_label = '' and " + scope.sqlCondition("org_path"),
                List.of(),
                ovz);
    }

    /** Every class of the given schools: how many classes a low-solve task touches. */
    List<ResultAggregate> classesOf(Assessment a, List<UUID> schoolIds, OvzFilter ovz) {
        boolean[] mask = new boolean[2]; // [without ОВЗ, with ОВЗ]
        for (boolean g : ovz.groups()) mask[g ? 1 : 0] = true;
        return new ArrayList<>(aggregates.classesOf(a, schoolIds, mask).values());
    }

    /** The whole-school aggregates of the given schools of the regions (already known to be in the reader's scope). */
    List<UnitResult> schoolsById(Assessment a, List<UUID> schoolIds, UUID[] regions, OvzFilter ovz) {
        if (schoolIds.isEmpty()) return List.of();
        return rows(
                a,
                regions,
                "org_level = 3 and class_label = '' and org_unit_id = any(?)",
                List.of((Object) schoolIds.toArray(UUID[]::new)),
                ovz);
    }

    /** A page of the schools in the scope, ordered in SQL by a measure computed from the stored counts. */
    record SchoolPage(List<UnitResult> rows, int total) {}

    static final int PAGE_SIZE = 50;

    SchoolPage schoolPage(Assessment a, Scope scope, OvzFilter ovz, String sort, int page) {
        if (scope.isEmpty()) return new SchoolPage(List.of(), 0);
        String order = switch (sort) {
            case "share2" -> "sum(marks[1])::float / sum(participants) desc";
            case "kachestvo" -> "(sum(marks[3]) + sum(marks[4]))::float / sum(participants) desc";
            case "meanPercent" -> "sum(primary_sum)::float / sum(participants) desc";
            case "participants" -> "sum(participants) desc";
            default -> "min(org_path)";
        };
        var ids = jdbc.sql("""
                        select org_unit_id, count(*) over () as total from assessments.result_aggregate
                        """ + " where " + partitions(a.year(), regions(scope)) + """
                           and assessment_id = ? and ovz = any(?) and org_level = 3
                          and class_label = '' and """ + scope.sqlCondition("org_path")
                        + " group by org_unit_id order by " + order + ", org_unit_id limit ? offset ?")
                .params(pageParams(a, ovz, page))
                .query((rs, n) -> new Object[] {rs.getObject("org_unit_id", UUID.class), rs.getInt("total")})
                .list();
        if (ids.isEmpty()) return new SchoolPage(List.of(), 0);
        List<UUID> pageIds = ids.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, UnitResult> byId = new LinkedHashMap<>();
        rows(
                        a,
                        regions(scope),
                        "org_level = 3 and class_label = '' and org_unit_id = any(?)",
                        List.of((Object) pageIds.toArray(UUID[]::new)),
                        ovz)
                .forEach(r -> byId.put(r.orgUnitId(), r));
        return new SchoolPage(
                pageIds.stream()
                        .map(byId::get)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                (int) ids.getFirst()[1]);
    }

    private static List<Object> pageParams(Assessment a, OvzFilter ovz, int page) {
        var params = new ArrayList<Object>();
        params.add(a.id());
        params.add(groups(ovz));
        params.add(PAGE_SIZE);
        params.add(page * PAGE_SIZE);
        return params;
    }

    /** The scope's own total: the stored roll-up row when the scope is one region or municipality, else the sum of its schools. */
    ResultAggregate total(Assessment a, Scope scope, OvzFilter ovz) {
        if (scope.paths().size() == 1) {
            OrgPath path = scope.paths().iterator().next();
            if (path.kind() != OrgUnitKind.SCHOOL) {
                var own = rows(a, regions(scope), "org_unit_id = ? and class_label = ''", List.of(path.unitId()), ovz);
                if (!own.isEmpty()) return own.getFirst().aggregate();
            }
        }
        var sum = new ResultAggregate(a.tasks().size(), a.maxPrimaryScore());
        schools(a, scope, ovz).forEach(r -> sum.addAll(r.aggregate()));
        return sum;
    }

    /** The class aggregates of one school. */
    List<UnitResult> classes(Assessment a, UUID schoolId, OvzFilter ovz) {
        boolean[] groups = ovz.groups();
        boolean[] mask = new boolean[2];
        for (boolean g : groups) mask[g ? 1 : 0] = true;
        var result = new ArrayList<UnitResult>();
        aggregates
                .classes(a, schoolId, mask)
                .forEach((label, aggregate) -> result.add(new UnitResult(schoolId, null, label, aggregate)));
        return result;
    }

    /** A municipality's or region's aggregate (of the region given): shown beside a school's for comparison. */
    Optional<UnitResult> unit(Assessment a, UUID orgUnitId, UUID regionId, OvzFilter ovz) {
        return rows(a, new UUID[] {regionId}, "org_unit_id = ? and class_label = ''", List.of(orgUnitId), ovz).stream()
                .findFirst();
    }

    /** Rows of the assessment in the given regions: both keys named, so one leaf a region is planned (V10). */
    private List<UnitResult> rows(Assessment a, UUID[] regions, String where, List<Object> params, OvzFilter ovz) {
        var spec = jdbc.sql("""
                        select org_unit_id, org_path, class_label, participants, primary_sum, marks, histogram, task_sums, journal
                        from assessments.result_aggregate
                        """ + " where " + partitions(a.year(), regions)
                        + " and assessment_id = ? and ovz = any(?) and " + where
                        + " order by org_path, class_label")
                .param(a.id())
                .param(groups(ovz));
        for (Object p : params) spec = spec.param(p);
        Map<String, UnitResult> merged = new LinkedHashMap<>();
        spec.query(rs -> {
            var unit = new UnitResult(
                    rs.getObject("org_unit_id", UUID.class),
                    OrgPath.parse(rs.getString("org_path")),
                    rs.getString("class_label"),
                    Aggregates.read(rs));
            merged.merge(unit.orgUnitId() + "|" + unit.classLabel(), unit, (x, y) -> {
                var sum = new ResultAggregate(a.tasks().size(), a.maxPrimaryScore());
                sum.addAll(x.aggregate());
                sum.addAll(y.aggregate());
                return new UnitResult(x.orgUnitId(), x.path(), x.classLabel(), sum);
            });
        });
        return new ArrayList<>(merged.values());
    }

    /**
     * The partitions' keys written into the statement: bound, the partitions were chosen at each
     * execution, a plan for any region cost more in a country of 85 regions than one for the
     * reader's, and PostgreSQL planned these statements at every call (0.3–0.5 ms each, five to
     * seven a page; never on the demo, whose other partitions are empty). A {@link UUID}'s text is
     * hex digits and dashes only.
     */
    static String partitions(int year, UUID[] regions) {
        return "year = " + year + " and region_id in " + literals(regions);
    }

    /** {@code ('…'::uuid, …)}: the regions as a list for {@code in}. */
    static String literals(UUID[] regions) {
        var ids = new java.util.StringJoiner(", ", "(", ")");
        for (UUID r : regions) ids.add("'" + r + "'::uuid");
        return ids.toString();
    }

    private static Boolean[] groups(OvzFilter ovz) {
        boolean[] g = ovz.groups();
        var result = new Boolean[g.length];
        for (int i = 0; i < g.length; i++) result[i] = g[i];
        return result;
    }

    /** A municipality or region above a scope's schools (a school user still sees their region's figures for comparison). */
    private static boolean covers(Scope scope, OrgPath path) {
        return scope.paths().stream().anyMatch(path::contains);
    }
}
