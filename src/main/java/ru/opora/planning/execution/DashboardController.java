package ru.opora.planning.execution;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/** The overview of every school with documents in the reader's scope (see {@link Dashboard}). */
@Controller
class DashboardController {

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/planning/dashboard")
    String dashboard(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable LocalDate date,
            Scope scope,
            Model model) {
        model.addAttribute("page", dashboard.page(year, date, scope));
        return "planning/dashboard";
    }

    @GetMapping("/planning/dashboard.xlsx")
    void export(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable LocalDate date,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        int cohort = dashboard.year(year);
        LocalDate day = dashboard.day(date);
        XlsxTableWriter.download(
                response, "plans-" + cohort + "-" + day + ".xlsx", dashboard.table(cohort, day, scope, locale));
    }
}
