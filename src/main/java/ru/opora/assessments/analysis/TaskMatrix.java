package ru.opora.assessments.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.catalogue.Task;
import ru.opora.assessments.results.LowTaskRule;
import ru.opora.assessments.results.ResultAggregate;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Chart;
import ru.opora.shared.Formats;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;

/**
 * Task analysis above the school (issue #16): for one assessment, the solve rate of every task in
 * every municipality of the region (or every school of the reader's scope), the tasks the scope
 * solves worst with how many schools and classes they touch, and the scope against the region. A
 * group smaller than {@code minGroup} works is shown but never marked low: one pupil more or less
 * moves its rate by tens of points.
 */
@Component
class TaskMatrix {

    /** Rows are municipalities (a region's readers' default) or schools. */
    enum By {
        MUNICIPALITIES,
        SCHOOLS
    }

    /** A task with the scope's and the region's rate and how many rows, schools and classes solve it low. */
    record Column(
            String number,
            @Nullable String skill,
            String difficulty,
            int maxScore,
            double scopeRate,
            double regionRate,
            boolean low,
            int lowRows,
            int lowSchools,
            int lowClasses) {}

    /** A municipality's or school's rates; {@code small} when it has too few works to be marked. */
    record Row(UUID id, String name, int participants, boolean small, List<Cell> cells) {}

    record Cell(double rate, boolean low) {}

    record Matrix(
            Assessment assessment,
            OvzFilter ovz,
            By by,
            boolean canChoose,
            LowTaskRule rule,
            int minGroup,
            List<Column> columns,
            List<Row> rows,
            Chart chart,
            List<OrgUnitRef> municipalities,
            @Nullable UUID municipality) {

        /** The tasks the scope solves low, those touching most schools first. */
        public List<Column> worst() {
            return columns.stream()
                    .filter(c -> c.low() || c.lowSchools() > 0)
                    .sorted(Comparator.comparingInt(Column::lowSchools)
                            .reversed()
                            .thenComparingDouble(Column::scopeRate))
                    .toList();
        }
    }

    private final Catalogue catalogue;
    private final ResultQueries queries;
    private final LowTaskRules rules;
    private final OrgUnits orgUnits;
    private final ResultPages pages;
    private final MessageSource messages;

    TaskMatrix(
            Catalogue catalogue,
            ResultQueries queries,
            LowTaskRules rules,
            OrgUnits orgUnits,
            ResultPages pages,
            MessageSource messages) {
        this.catalogue = catalogue;
        this.queries = queries;
        this.rules = rules;
        this.orgUnits = orgUnits;
        this.pages = pages;
        this.messages = messages;
    }

    /** What the page and the API are asked for. */
    record Query(
            @Nullable By by,
            @Nullable OvzFilter ovz,
            @Nullable UUID municipality) {}

    Matrix of(UUID assessmentId, Query query, Scope readersScope, Locale locale) {
        Assessment a = catalogue.find(assessmentId).orElseThrow(NotFound::new);
        Scope scope = pages.narrow(readersScope, query.municipality());
        By by = query.by();
        OvzFilter ovzOrAll = query.ovz();
        OvzFilter ovz = ovzOrAll == null ? OvzFilter.ALL : ovzOrAll;
        By rowsBy = scope.isRegionWide() && by != By.SCHOOLS ? By.MUNICIPALITIES : By.SCHOOLS;
        var rule = rules.forPath(scope.region()).rule();
        var region = queries.unit(a, scope.regionId(), scope.regionId(), ovz)
                .map(ResultQueries.UnitResult::aggregate)
                .orElseGet(() -> new ResultAggregate(a.tasks().size(), a.maxPrimaryScore()));
        var total = queries.total(a, scope, ovz);
        var schools = queries.schools(a, scope, ovz);
        if (total.participants() == 0) throw new NotFound();
        var units = rowsBy == By.MUNICIPALITIES ? queries.municipalities(a, scope, ovz) : schools;
        var rows = rows(a, units, region, rule);
        var classes = queries.classesOf(
                a, schools.stream().map(ResultQueries.UnitResult::orgUnitId).toList(), ovz);
        var schoolSums =
                schools.stream().map(ResultQueries.UnitResult::aggregate).toList();
        var columns = columns(a, new Sums(region, total, schoolSums, classes), rows, rule);
        return new Matrix(
                a,
                ovz,
                rowsBy,
                scope.isRegionWide(),
                rule,
                rule.minGroup(),
                columns,
                rows,
                chart(columns, locale, rule),
                pages.municipalities(readersScope),
                query.municipality());
    }

    /** The region's and the scope's totals and the scope's schools and classes. */
    private record Sums(
            ResultAggregate region,
            ResultAggregate scope,
            List<ResultAggregate> schools,
            List<ResultAggregate> classes) {}

    private List<Column> columns(Assessment a, Sums sums, List<Row> rows, LowTaskRule rule) {
        var region = sums.region();
        var total = sums.scope();
        var columns = new ArrayList<Column>();
        for (Task t : a.tasks()) {
            double regionRate = region.solveRate(t.position(), t.maxScore());
            double scopeRate = total.solveRate(t.position(), t.maxScore());
            columns.add(new Column(
                    t.number(),
                    t.skill(),
                    t.difficulty().name(),
                    t.maxScore(),
                    scopeRate,
                    regionRate,
                    rule.isLow(scopeRate, regionRate),
                    (int) rows.stream()
                            .filter(r -> r.cells().get(t.position()).low())
                            .count(),
                    countLow(sums.schools(), t, regionRate, rule),
                    countLow(sums.classes(), t, regionRate, rule)));
        }
        return columns;
    }

    private List<Row> rows(
            Assessment a, List<ResultQueries.UnitResult> units, ResultAggregate region, LowTaskRule rule) {
        var names = new HashMap<UUID, String>();
        for (OrgUnitRef ref : orgUnits.byIds(
                units.stream().map(ResultQueries.UnitResult::orgUnitId).toList()))
            names.put(
                    ref.id(),
                    ref.kind() == ru.opora.orgunits.OrgUnitKind.SCHOOL ? ref.code() + " " + ref.name() : ref.name());
        var rows = new ArrayList<Row>();
        for (var u : units) {
            var agg = u.aggregate();
            boolean small = !rule.counts(agg.participants());
            var cells = new ArrayList<Cell>();
            for (Task t : a.tasks()) {
                double rate = agg.solveRate(t.position(), t.maxScore());
                cells.add(new Cell(rate, !small && rule.isLow(rate, region.solveRate(t.position(), t.maxScore()))));
            }
            rows.add(new Row(u.orgUnitId(), names.getOrDefault(u.orgUnitId(), ""), agg.participants(), small, cells));
        }
        rows.sort(Comparator.comparing(Row::name));
        return rows;
    }

    private int countLow(List<ResultAggregate> groups, Task t, double regionRate, LowTaskRule rule) {
        int n = 0;
        for (var g : groups)
            if (rule.counts(g.participants()) && rule.isLow(g.solveRate(t.position(), t.maxScore()), regionRate)) n++;
        return n;
    }

    private Chart chart(List<Column> columns, Locale locale, LowTaskRule rule) {
        return Chart.bars(
                        columns.stream().map(Column::number).toList(),
                        List.of(
                                Chart.Dataset.of(
                                        msg("results.tasks.scope", locale),
                                        columns.stream().map(Column::scopeRate).toList()),
                                Chart.Dataset.of(
                                        msg("results.regionLabel", locale),
                                        columns.stream().map(Column::regionRate).toList()),
                                Chart.Dataset.of(
                                                Formats.upTo(rule.absoluteThreshold(), 1) + " %",
                                                columns.stream()
                                                        .map(c -> rule.absoluteThreshold())
                                                        .toList())
                                        .flat()))
                .percent();
    }

    /** The matrix as a table: a row per municipality or school, a column per task. */
    Table matrixTable(Matrix m, Locale locale) {
        var headers = new ArrayList<String>();
        headers.add(msg(m.by() == By.MUNICIPALITIES ? "school.municipality" : "results.school", locale));
        headers.add(msg("results.participants", locale));
        for (Column c : m.columns()) headers.add(msg("results.task", locale) + " " + c.number());
        var rows = new ArrayList<List<?>>();
        for (Row r : m.rows()) {
            var row = new ArrayList<Object>();
            row.add(r.name());
            row.add(r.participants());
            r.cells().forEach(c -> row.add(Formats.round(c.rate(), 1)));
            rows.add(row);
        }
        return new Table(m.assessment().title() + " — " + msg("results.tasks.title", locale), headers, rows);
    }

    /** The tasks solved low across the scope, with the schools and classes they touch. */
    Table worstTable(Matrix m, Locale locale) {
        var headers = Table.headers(
                messages,
                locale,
                "results.task",
                "results.skill",
                "results.tasks.scope",
                "results.regionLabel",
                "results.tasks.lowSchools",
                "results.tasks.lowClasses");
        var rows = new ArrayList<List<?>>();
        for (Column c : m.worst())
            rows.add(List.of(
                    c.number(),
                    c.skill() == null ? "" : c.skill(),
                    Formats.round(c.scopeRate(), 1),
                    Formats.round(c.regionRate(), 1),
                    c.lowSchools(),
                    c.lowClasses()));
        return new Table(m.assessment().title() + " — " + msg("results.tasks.worst", locale), headers, rows);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
