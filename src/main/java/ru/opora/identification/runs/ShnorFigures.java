package ru.opora.identification.runs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;
import ru.opora.shared.KeyFigure;

/**
 * {@code /identification/figures}: the start page's key figure of identification for a
 * municipality or the region — the ШНОР now in the programme, with how many entered and left this
 * year and how many candidates wait for a decision. A school reads its own status on its card instead.
 */
@Controller
class ShnorFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    ShnorFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/identification/figures")
    String figures(Scope scope, Model model) {
        var figures = new ArrayList<KeyFigure>();
        boolean oneSchool = scope.sortedPaths().size() == 1
                && scope.sortedPaths().getFirst().kind() == OrgUnitKind.SCHOOL;
        if (!scope.isEmpty() && !oneSchool) {
            int year = LocalDate.now(clock).getYear();
            var counts = jdbc.sql(
                            "select count(*) filter (where state in ('CONFIRMED', 'IN_SUPPORT', 'EXIT_PENDING', 'RETAINED')),"
                                    + " count(*) filter (where entry_year = ? and state <> 'CANDIDATE'),"
                                    + " count(*) filter (where exit_year = ? and state = 'EXITED'),"
                                    + " count(*) filter (where state = 'CANDIDATE')"
                                    + " from identification.shnor_status where " + scope.sqlCondition("school_path"))
                    .params(year, year)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                    .single();
            figures.add(new KeyFigure(
                    Formats.integer(counts[0]),
                    "identification.figure.shnor",
                    List.of(),
                    "identification.figure.shnor.change",
                    List.of(counts[1], counts[2], String.valueOf(year), counts[3]),
                    null,
                    "/identification/status"));
        }
        model.addAttribute("figures", figures);
        return "fragments/today :: figures";
    }
}
