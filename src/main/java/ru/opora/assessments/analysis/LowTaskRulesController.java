package ru.opora.assessments.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/** The region admin's page of the low-solve-rate thresholds (see {@link LowTaskRulesPage}). */
@Controller
class LowTaskRulesController {

    private static final String PATH = "/results/settings/low-tasks";

    private final LowTaskRulesPage pages;

    LowTaskRulesController(LowTaskRulesPage pages) {
        this.pages = pages;
    }

    @GetMapping(PATH)
    String page(Scope scope, Model model) {
        model.addAttribute("page", pages.page(scope));
        return "assessments/low-task-rules";
    }

    @PostMapping(PATH)
    String save(
            LowTaskRulesPage.RuleForm form,
            Scope scope,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var outcome = pages.submit(form, scope, principal.getName(), locale);
        if (outcome.page() != null) {
            model.addAttribute("page", outcome.page());
            return "assessments/low-task-rules";
        }
        redirect.addFlashAttribute("saved", outcome.saved());
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + ".xlsx")
    void export(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "low-task-rules.xlsx", pages.table(scope, locale));
    }
}
