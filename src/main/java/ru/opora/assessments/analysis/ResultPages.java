package ru.opora.assessments.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.assessments.ClassTeachers;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Task;
import ru.opora.assessments.results.LowTaskRule;
import ru.opora.assessments.results.ResultAggregate;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;

/** Builds the view models of the results pages from the aggregates: indicators, task lines, chart data. */
@Component
class ResultPages {

    /**
     * A school line of an overview table.
     *
     * @param share2Change the change of the share of «2» since the previous year of the series, in points; null without one
     */
    public record SchoolLine(
            UUID id,
            String code,
            String name,
            String municipality,
            Measures measures,
            @org.jspecify.annotations.Nullable Double share2Change) {
        public boolean hasChange() {
            return share2Change != null;
        }
    }

    private final ResultQueries queries;
    private final OrgUnits orgUnits;
    private final ru.opora.assessments.catalogue.Catalogue catalogue;

    private final List<ClassTeachers> classTeachers;

    ResultPages(
            ResultQueries queries,
            OrgUnits orgUnits,
            ru.opora.assessments.catalogue.Catalogue catalogue,
            List<ClassTeachers> classTeachers) {
        this.classTeachers = classTeachers;
        this.catalogue = catalogue;
        this.queries = queries;
        this.orgUnits = orgUnits;
    }

    /** A page of the overview's school table and the number of schools in all. */
    record Page(List<SchoolLine> lines, int total, int page, int pages) {}

    Page schoolPage(Assessment a, Scope scope, OvzFilter ovz, String sort, int page) {
        var result = queries.schoolPage(a, scope, ovz, sort, Math.max(0, page));
        int pages = Math.max(1, (result.total() + ResultQueries.PAGE_SIZE - 1) / ResultQueries.PAGE_SIZE);
        return new Page(lines(a, result.rows(), null, ovz), result.total(), Math.max(0, page), pages);
    }

    List<SchoolLine> schools(Assessment a, Scope scope, OvzFilter ovz, String sort) {
        return lines(a, queries.schools(a, scope, ovz), sort, ovz);
    }

    /** The regions of the rows' schools: the key their previous year is read by. */
    private static UUID[] regionsOf(List<ResultQueries.UnitResult> rows) {
        return rows.stream()
                .map(ResultQueries.UnitResult::path)
                .filter(java.util.Objects::nonNull)
                .map(ru.opora.orgunits.OrgPath::regionId)
                .distinct()
                .toArray(UUID[]::new);
    }

    private List<SchoolLine> lines(
            Assessment a,
            List<ResultQueries.UnitResult> rows,
            @org.jspecify.annotations.Nullable String sort,
            OvzFilter ovz) {
        var ids = new ArrayList<UUID>();
        rows.forEach(r -> ids.add(r.orgUnitId()));
        Map<UUID, Double> previousShare2 = new HashMap<>();
        previousYear(a)
                .ifPresent(p -> queries.schoolsById(p, ids, regionsOf(rows), ovz)
                        .forEach(r ->
                                previousShare2.put(r.orgUnitId(), r.aggregate().share2())));
        Map<UUID, OrgUnitRef> refs = new HashMap<>();
        for (OrgUnitRef ref : orgUnits.byIds(ids)) refs.put(ref.id(), ref);
        var parents = new ArrayList<UUID>();
        refs.values().forEach(r -> parents.add(r.parentId()));
        Map<UUID, String> municipalityNames = new HashMap<>();
        for (OrgUnitRef m : orgUnits.byIds(parents)) municipalityNames.put(m.id(), m.name());
        var lines = new ArrayList<SchoolLine>();
        for (var r : rows) {
            OrgUnitRef ref = refs.get(r.orgUnitId());
            if (ref == null) continue;
            lines.add(new SchoolLine(
                    ref.id(),
                    ref.code(),
                    ref.name(),
                    municipalityNames.getOrDefault(ref.parentId(), ""),
                    Measures.of(ref.name(), r.aggregate(), a.maxPrimaryScore()),
                    change(r.aggregate().share2(), previousShare2.get(ref.id()))));
        }
        if (sort != null) lines.sort(comparator(sort));
        return lines;
    }

    private static Comparator<SchoolLine> comparator(String sort) {
        Comparator<SchoolLine> byName =
                Comparator.comparing(SchoolLine::municipality).thenComparing(SchoolLine::code);
        return switch (sort) {
            case "share2" ->
                Comparator.comparingDouble((SchoolLine l) -> l.measures().share2())
                        .reversed()
                        .thenComparing(byName);
            case "kachestvo" ->
                Comparator.comparingDouble((SchoolLine l) -> l.measures().kachestvo())
                        .reversed()
                        .thenComparing(byName);
            case "meanPercent" ->
                Comparator.comparingDouble((SchoolLine l) -> l.measures().meanPercent())
                        .reversed()
                        .thenComparing(byName);
            case "participants" ->
                Comparator.comparingInt((SchoolLine l) -> l.measures().participants())
                        .reversed()
                        .thenComparing(byName);
            default -> byName;
        };
    }

    List<TaskLine> tasks(
            Assessment a,
            ResultAggregate school,
            ResultAggregate municipality,
            ResultAggregate region,
            LowTaskRule rule) {
        var lines = new ArrayList<TaskLine>();
        for (Task t : a.tasks()) {
            double s = school.solveRate(t.position(), t.maxScore());
            double m = municipality.solveRate(t.position(), t.maxScore());
            double r = region.solveRate(t.position(), t.maxScore());
            lines.add(new TaskLine(
                    t.number(),
                    t.skill(),
                    t.difficulty().name(),
                    t.maxScore(),
                    s,
                    m,
                    r,
                    rule.belowAbsolute(s),
                    rule.belowRegion(s, r)));
        }
        return lines;
    }

    /**
     * The scope cut to one municipality, for the municipality filter of the results pages; a
     * municipality that does not exist or lies outside the scope is not found.
     */
    Scope narrow(Scope scope, @org.jspecify.annotations.Nullable UUID municipality) {
        if (municipality == null) return scope;
        var unit = orgUnits.find(municipality)
                .filter(m -> m.kind() == ru.opora.orgunits.OrgUnitKind.MUNICIPALITY && scope.permits(m.path()))
                .orElseThrow(ru.opora.shared.NotFound::new);
        return scope.narrowTo(unit.path());
    }

    /** The municipalities a region-wide reader may filter by; none for a narrower reader. */
    List<OrgUnitRef> municipalities(Scope scope) {
        return scope.isRegionWide() ? orgUnits.inScope(ru.opora.orgunits.OrgUnitKind.MUNICIPALITY, scope) : List.of();
    }

    /** A school the reader may see: 404 when there is none, 403 when it lies outside the scope. */
    OrgUnitRef schoolInScope(UUID schoolId, Scope scope) {
        var school = orgUnits.find(schoolId)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
        if (!scope.permits(school.path()))
            throw new org.springframework.security.access.AccessDeniedException("school outside the scope");
        return school;
    }

    /** A school whose classes the reader may see: only its own staff, whose scope is the school itself (or narrower). */
    OrgUnitRef schoolForStaff(UUID schoolId, Scope scope) {
        var school = schoolInScope(schoolId, scope);
        if (!isStaff(school, scope))
            throw new org.springframework.security.access.AccessDeniedException("classes are for school staff");
        return school;
    }

    /**
     * A reader who may see only the classes they teach (a teacher: no RESULTS_VIEW) opens only
     * those; any other class is not found for them.
     */
    void classAllowed(Assessment a, UUID schoolId, String classLabel) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (auth == null
                || auth.getAuthorities().stream()
                        .anyMatch(g ->
                                ru.opora.identity.Permission.RESULTS_VIEW.name().equals(g.getAuthority()))) return;
        boolean teaches = !classTeachers.isEmpty()
                && classTeachers
                        .getFirst()
                        .teaches(
                                auth.getName(),
                                schoolId,
                                ClassTeachers.schoolYearOf(a.year()),
                                a.subjectCode(),
                                classLabel);
        if (!teaches)
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
    }

    private static boolean isStaff(OrgUnitRef school, Scope scope) {
        return scope.paths().stream().anyMatch(school.path()::contains);
    }

    /** The analysis of a school the reader may see; classes only for the school's own staff (a scope at the school or below). */
    SchoolAnalysis school(Assessment a, OrgUnitRef school, Scope scope, OvzFilter ovz, LowTaskRule rule) {
        var empty = new ResultAggregate(a.tasks().size(), a.maxPrimaryScore());
        var own = queries.unit(a, school.id(), scope, ovz)
                .map(ResultQueries.UnitResult::aggregate)
                .orElse(empty);
        var municipality = queries.unit(
                        a,
                        school.path().municipalityId().orElseThrow(),
                        school.path().regionId(),
                        ovz)
                .map(ResultQueries.UnitResult::aggregate)
                .orElse(empty);
        var region = queries.unit(a, school.path().regionId(), school.path().regionId(), ovz)
                .map(ResultQueries.UnitResult::aggregate)
                .orElse(empty);
        boolean staff = isStaff(school, scope);
        List<Measures> classes = staff
                ? queries.classes(a, school.id(), ovz).stream()
                        .map(c -> Measures.of(c.classLabel(), c.aggregate(), a.maxPrimaryScore()))
                        .toList()
                : List.of();
        return new SchoolAnalysis(
                own,
                municipality,
                region,
                tasks(a, own, municipality, region, rule),
                dynamics(a, school.id(), scope, ovz),
                classes,
                staff && !classTeachers.isEmpty()
                        ? classTeachers
                                .getFirst()
                                .of(school.id(), ClassTeachers.schoolYearOf(a.year()), a.subjectCode())
                        : java.util.Map.of());
    }

    /** A school's indicators in every year of the assessment's series (same kind, subject and grade). */
    List<Measures> dynamics(Assessment a, UUID schoolId, Scope scope, OvzFilter ovz) {
        var lines = new ArrayList<Measures>();
        for (UUID id : catalogue.series(a)) {
            var year = catalogue.find(id).orElseThrow();
            queries.unit(year, schoolId, scope, ovz)
                    .ifPresent(u ->
                            lines.add(Measures.of(String.valueOf(year.year()), u.aggregate(), year.maxPrimaryScore())));
        }
        return lines;
    }

    /** The latest earlier year of the assessment's series, if there is one. */
    java.util.Optional<Assessment> previousYear(Assessment a) {
        Assessment previous = null;
        for (UUID id : catalogue.series(a)) {
            var year = catalogue.find(id).orElseThrow();
            if (year.year() < a.year()) previous = year;
        }
        return java.util.Optional.ofNullable(previous);
    }

    /** The scope's own indicators in every year of the series: the overview's dynamics. */
    List<Measures> scopeDynamics(Assessment a, Scope scope, OvzFilter ovz) {
        var lines = new ArrayList<Measures>();
        for (UUID id : catalogue.series(a)) {
            var year = catalogue.find(id).orElseThrow();
            var total = queries.total(year, scope, ovz);
            if (total.participants() > 0)
                lines.add(Measures.of(String.valueOf(year.year()), total, year.maxPrimaryScore()));
        }
        return lines;
    }

    /**
     * The same pupils followed through the grades: the school's results in this subject in grade
     * g−1 a year earlier, g+1 a year later, and so on. ВПР participant codes are not kept from year
     * to year, so the cohort is the school's grade, not matched pupils.
     */
    List<Measures> cohort(
            Assessment a,
            UUID schoolId,
            Scope scope,
            OvzFilter ovz,
            java.util.function.BiFunction<Integer, Integer, String> label) {
        var lines = new ArrayList<Measures>();
        for (int k = 1 - a.grade(); k <= 11 - a.grade(); k++) {
            var id = catalogue.idOf(a.kind(), a.year() + k, a.subjectCode(), a.grade() + k);
            if (id.isEmpty()) continue;
            var step = catalogue.find(id.get()).orElseThrow();
            queries.unit(step, schoolId, scope, ovz)
                    .ifPresent(u -> lines.add(Measures.of(
                            label.apply(step.year(), step.grade()), u.aggregate(), step.maxPrimaryScore())));
        }
        return lines;
    }

    private static @org.jspecify.annotations.Nullable Double change(
            double now, @org.jspecify.annotations.Nullable Double before) {
        return before == null || Double.isNaN(before) || Double.isNaN(now) ? null : round(now - before);
    }

    private static double round(double v) {
        return Double.isNaN(v) ? 0 : Formats.round(v, 1);
    }
}
