package ru.opora.identification.runs;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.identification.ShnorState;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/** The ШНОР statuses of the schools in scope, a school's history, and the region's moves with reasons. */
@Controller
class StatusController {

    private final StatusPages pages;

    StatusController(StatusPages pages) {
        this.pages = pages;
    }

    @GetMapping("/identification/status")
    String list(StatusPages.Query query, Scope scope, Model model) {
        model.addAttribute("page", pages.list(query, scope));
        return "identification/status";
    }

    @GetMapping("/identification/status.xlsx")
    void export(StatusPages.Query query, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "shnor.xlsx", pages.table(query, scope, locale));
    }

    @GetMapping("/identification/status/{schoolId}")
    String school(@PathVariable UUID schoolId, Scope scope, Model model) {
        model.addAttribute("page", pages.school(schoolId, scope, null));
        return "identification/status-school";
    }

    @PostMapping("/identification/status/{schoolId}")
    String move(
            @PathVariable UUID schoolId,
            @RequestParam ShnorState to,
            @RequestParam(defaultValue = "") String reason,
            Scope scope,
            Principal principal,
            Model model) {
        String problem = pages.move(schoolId, to, reason, scope, principal.getName());
        if (problem == null) return "redirect:/identification/status/" + schoolId;
        model.addAttribute("page", pages.school(schoolId, scope, problem));
        return "identification/status-school";
    }
}
