package ru.opora.assessments.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;
import ru.opora.shared.KeyFigure;

/**
 * {@code /results/figures}: the start page's key figures of results — the share of «2» and of
 * «4» and «5» in the scope's latest ВПР year, with the change since the year before. Read from the
 * additive aggregates of the scope's own units, so the cost is the same for a school and a country.
 */
@Controller
class ResultFigures {

    /** A year's works in the scope: all of them, the «2», the «4» and «5». */
    private record Year(int year, long works, long twos, long good) {

        double twoShare() {
            return 100.0 * twos / works;
        }

        double goodShare() {
            return 100.0 * good / works;
        }
    }

    private final JdbcClient jdbc;

    ResultFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/results/figures")
    String figures(Scope scope, Model model) {
        var figures = new ArrayList<KeyFigure>();
        var years = years(scope);
        if (!years.isEmpty()) {
            var now = years.getFirst();
            var before = years.size() > 1 ? years.get(1) : null;
            figures.add(figure(
                    now.twoShare(), before == null ? null : before.twoShare(), "results.figure.twos", now, false));
            figures.add(figure(
                    now.goodShare(), before == null ? null : before.goodShare(), "results.figure.good", now, true));
        }
        model.addAttribute("figures", figures);
        return "fragments/today :: figures";
    }

    /** The two latest ВПР years with works in the scope, newest first. */
    private List<Year> years(Scope scope) {
        if (scope.isEmpty()) return List.of();
        var units = scope.sortedPaths().stream().map(p -> p.unitId()).toArray(UUID[]::new);
        // the units' whole rows are read from the covering index of their level (V14 for schools,
        // V16 for regions and municipalities), which the condition on the level lets the planner take;
        // the units are written into the text like the regions (decision 0037): bound as an array,
        // the country's planner found its generic plan dearer and planned every call (0.76 ms
        // against 0.06 on the demo, which kept its plan)
        return jdbc.sql("""
                        select a.year, sum(r.participants), sum(r.marks[1]), sum(r.marks[3] + r.marks[4])
                        from assessments.assessment a
                        join assessments.result_aggregate r on r.assessment_id = a.id
                        where a.kind = 'VPR' and r.region_id in %s and r.org_unit_id in %s and %s and r.class_label = ''
                        group by a.year having sum(r.participants) > 0
                        order by a.year desc limit 2""".formatted(
                                ResultQueries.literals(ResultQueries.regions(scope)),
                                ResultQueries.literals(units),
                                levels(scope)))
                .query((rs, n) -> new Year(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** The aggregates' levels of the scope's own units, as a condition an index's predicate implies. */
    private static String levels(Scope scope) {
        var depths = scope.sortedPaths().stream().map(p -> p.depth()).distinct().toList();
        if (depths.equals(List.of(3))) return "r.org_level = 3";
        if (!depths.contains(3)) return "r.org_level < 3";
        return "true";
    }

    private static KeyFigure figure(double now, Double before, String key, Year year, boolean upIsBetter) {
        String change = null;
        Boolean better = null;
        if (before != null) {
            double delta = Formats.round(now - before, 1);
            change = (delta > 0 ? "+" : delta < 0 ? "−" : "±") + Formats.number(Math.abs(delta), 1);
            better = delta == 0 ? null : (delta > 0) == upIsBetter;
        }
        return new KeyFigure(
                Formats.percent(now, 1),
                key,
                List.of(String.valueOf(year.year()), Formats.integer(year.works())),
                change == null ? null : "today.figure.points",
                change == null ? List.of() : List.of(change),
                better,
                "/results");
    }
}
