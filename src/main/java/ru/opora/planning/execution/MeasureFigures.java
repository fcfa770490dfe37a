package ru.opora.planning.execution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;
import ru.opora.shared.KeyFigure;

/**
 * {@code /planning/figures}: the start page's key figures of execution — the measures done of
 * those due by today (cancelled ones left out), with how many were done in the last 30 days, and
 * the measures overdue now.
 */
@Controller
class MeasureFigures {

    /** How far back «recently done» looks. */
    private static final int RECENT_DAYS = 30;

    private final JdbcClient jdbc;
    private final Clock clock;

    MeasureFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/planning/figures")
    String figures(Scope scope, Model model) {
        var figures = new ArrayList<KeyFigure>();
        if (!scope.isEmpty()) {
            var today = LocalDate.now(clock);
            long[] c = jdbc.sql("select count(*) filter (where status in ('DONE', 'DONE_LATE')),"
                            + " count(*) filter (where status <> 'CANCELLED' and (due_date <= ? or status in ('DONE', 'DONE_LATE'))),"
                            + " count(*) filter (where status in ('DONE', 'DONE_LATE') and completed_on > ?),"
                            + " count(*) filter (where status = 'OVERDUE')"
                            + " from planning.measure where " + scope.sqlCondition("school_path"))
                    .params(today, today.minusDays(RECENT_DAYS))
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                    .single();
            if (c[1] > 0) {
                figures.add(new KeyFigure(
                        Formats.percent(100.0 * c[0] / c[1], 0),
                        "planning.figure.done",
                        List.of(Formats.integer(c[0]), Formats.integer(c[1])),
                        c[2] > 0 ? "planning.figure.done.change" : null,
                        c[2] > 0 ? List.of(c[2], RECENT_DAYS) : List.of(),
                        c[2] > 0 ? Boolean.TRUE : null,
                        "/planning/measures"));
                figures.add(new KeyFigure(
                        Formats.integer(c[3]),
                        "planning.figure.overdue",
                        List.of(),
                        null,
                        List.of(),
                        c[3] > 0 ? Boolean.FALSE : Boolean.TRUE,
                        "/planning/measures?overdue=true"));
            }
        }
        model.addAttribute("figures", figures);
        return "fragments/today :: figures";
    }
}
