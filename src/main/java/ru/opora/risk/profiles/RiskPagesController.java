package ru.opora.risk.profiles;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/** The heatmap of the scope's schools × factors and the factors' frequency among ШНОР and others. */
@Controller
class RiskPagesController {

    private final RiskOverview overview;

    RiskPagesController(RiskOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/risk")
    String overview(RiskOverview.Query query, Scope scope, Locale locale, Model model) {
        var own = overview.ownSchool(scope);
        if (own.isPresent())
            return "redirect:/risk/schools/" + own.get().id() + "?year="
                    + overview.cohort(scope, query.year()).year();
        model.addAttribute("page", overview.page(query, scope, locale));
        model.addAttribute("query", query);
        return "risk/overview";
    }

    @GetMapping("/risk.xlsx")
    void export(RiskOverview.Query query, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var table = overview.heatmapTable(query, scope, locale);
        XlsxTableWriter.download(
                response,
                "risk-profiles-" + overview.cohort(scope, query.year()).year() + ".xlsx",
                table);
    }

    @GetMapping("/risk/frequency.xlsx")
    void exportFrequency(RiskOverview.Query query, Scope scope, Locale locale, HttpServletResponse response)
            throws IOException {
        XlsxTableWriter.download(
                response,
                "risk-frequency-" + overview.cohort(scope, query.year()).year() + ".xlsx",
                overview.frequencyTable(query, scope, locale));
    }
}
