package ru.opora.monitoring.campaigns;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/** A school's indicators across the campaigns of its cohort, and their export. */
@Controller
class DynamicsController {

    private final SchoolDynamics dynamics;

    DynamicsController(SchoolDynamics dynamics) {
        this.dynamics = dynamics;
    }

    @GetMapping("/monitoring/schools/{schoolId}")
    String dynamics(@PathVariable UUID schoolId, Scope scope, Locale locale, Model model) {
        model.addAttribute("page", dynamics.page(schoolId, scope, locale));
        return "monitoring/dynamics";
    }

    @GetMapping("/monitoring/schools/{schoolId}/export")
    void export(@PathVariable UUID schoolId, Scope scope, Locale locale, HttpServletResponse response)
            throws IOException {
        XlsxTableWriter.download(response, "monitoring-school.xlsx", dynamics.table(schoolId, scope, locale));
    }
}
