package ru.opora.support.cohort;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/** The cohorts: creation from the ШНОР statuses, the cycle calendar, and every school's progress through it. */
@Controller
class CohortController {

    private final CohortPages pages;

    CohortController(CohortPages pages) {
        this.pages = pages;
    }

    @GetMapping("/support/cohorts")
    String list(Scope scope, Model model) {
        model.addAttribute("page", pages.list(scope));
        return "support/cohorts";
    }

    @PostMapping("/support/cohorts")
    String create(@ModelAttribute NewCohort form, Scope scope, Authentication who, RedirectAttributes redirect) {
        int created = pages.create(form, scope, who.getName());
        if (created < 0) {
            redirect.addFlashAttribute("problem", "support.cohort.error");
            return "redirect:/support/cohorts";
        }
        redirect.addFlashAttribute("created", created);
        return "redirect:/support/cohorts/" + form.year().strip();
    }

    @GetMapping("/support/cohorts/{year}")
    String cohort(@PathVariable int year, Scope scope, Locale locale, Model model) {
        model.addAttribute("page", pages.page(year, scope, locale));
        return "support/cohort";
    }

    @PostMapping("/support/cohorts/{year}/steps/{step}")
    String move(
            @PathVariable int year,
            @PathVariable int step,
            @RequestParam LocalDate due,
            Scope scope,
            Authentication who) {
        pages.moveStep(year, step, due, scope, who.getName());
        return "redirect:/support/cohorts/" + year;
    }

    @PostMapping("/support/cohorts/{year}/schools")
    String addSchool(
            @PathVariable int year,
            @RequestParam String code,
            Scope scope,
            Authentication who,
            RedirectAttributes redirect) {
        if (!pages.addSchool(year, code, scope, who.getName()))
            redirect.addFlashAttribute("problem", "support.cohort.noSchool");
        return "redirect:/support/cohorts/" + year;
    }

    @PostMapping("/support/cohorts/{year}/schools/{school}/remove")
    String removeSchool(@PathVariable int year, @PathVariable UUID school, Scope scope, Authentication who) {
        pages.removeSchool(year, school, scope, who.getName());
        return "redirect:/support/cohorts/" + year;
    }

    @GetMapping("/support/cohorts/{year}.xlsx")
    void export(@PathVariable int year, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "cohort-" + year + ".xlsx", pages.table(year, scope, locale));
    }
}
