package ru.opora.risk.profiles;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/** A school's risk profile: its chart, every factor's explanation, its history and its export. */
@Controller
class SchoolRiskController {

    private final SchoolRiskPage pages;
    private final CohortYears cohorts;
    private final Explanations explanations;

    SchoolRiskController(SchoolRiskPage pages, CohortYears cohorts, Explanations explanations) {
        this.pages = pages;
        this.cohorts = cohorts;
        this.explanations = explanations;
    }

    @GetMapping("/risk/schools/{id}")
    String profile(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Locale locale,
            Model model) {
        model.addAttribute("page", pages.page(id, year, scope, locale));
        model.addAttribute("explain", explanations);
        return "risk/school";
    }

    @GetMapping("/risk/schools/{id}.xlsx")
    void export(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var school = pages.school(id, scope);
        var cohort = cohorts.of(scope, year);
        XlsxTableWriter.download(
                response,
                "risk-profile-" + school.code() + "-" + cohort.year() + ".xlsx",
                pages.table(school, cohort, locale));
    }
}
