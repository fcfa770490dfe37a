package ru.opora.identification.runs;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.opora.identity.Permission;
import ru.opora.orgunits.Scope;
import ru.opora.shared.TodayLine;

/**
 * {@code /identification/today}: the objectivity flags of the reader's schools still open, per
 * year, for the region that reviews them; linked to the year's list of flags.
 */
@Controller
class IdentificationToday {

    private final JdbcClient jdbc;

    IdentificationToday(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/identification/today")
    String today(Scope scope, Authentication who, Model model) {
        var lines = new ArrayList<TodayLine>();
        boolean reviews = who.getAuthorities().stream()
                .anyMatch(a -> Permission.RULES_EDIT.name().equals(a.getAuthority()));
        if (reviews && !scope.isEmpty())
            jdbc.sql("select year, count(distinct school_id) from identification.objectivity_flag where status = 'OPEN'"
                            + " and (" + scope.sqlCondition("school_path")
                            + ") group by year order by year desc limit 2")
                    .query(rs -> {
                        lines.add(new TodayLine(
                                "identification.today.flags",
                                List.of(rs.getInt(2), String.valueOf(rs.getInt(1))),
                                "/identification/flags?year=" + rs.getInt(1),
                                false));
                    });
        model.addAttribute("lines", lines);
        return "fragments/today :: lines";
    }
}
