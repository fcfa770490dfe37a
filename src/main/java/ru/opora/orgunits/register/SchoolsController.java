package ru.opora.orgunits.register;

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

/** The schools list with search and filters, its Excel export, and the school card. */
@Controller
class SchoolsController {

    private final RegisterPages pages;

    SchoolsController(RegisterPages pages) {
        this.pages = pages;
    }

    @GetMapping("/schools")
    String list(SchoolFilter filter, Scope scope, Model model) {
        var page = pages.schools(filter, scope);
        // the header's search found one school: its card, not a list of one
        if (filter.q() != null && !filter.q().isBlank() && page.result().total() == 1)
            return "redirect:/schools/" + page.result().lines().getFirst().id();
        model.addAttribute("page", page);
        return "orgunits/schools";
    }

    @GetMapping("/schools/export")
    void export(SchoolFilter filter, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "schools.xlsx", pages.schoolsTable(filter, scope, locale));
    }

    @GetMapping("/schools/{id}")
    String card(@PathVariable UUID id, Scope scope, Model model) {
        model.addAttribute("page", pages.card(id, scope));
        return "orgunits/school";
    }
}
