package ru.opora.risk.profiles;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.AnswerType;
import ru.opora.risk.engine.QuestionnaireKind;
import ru.opora.shared.XlsxTableWriter;

/** The cohort's questionnaires: items (edited by the region admin), the response rates, and the templates of uploads. */
@Controller
class QuestionnaireController {

    private final QuestionnairePages pages;
    private final Explanations explanations;

    QuestionnaireController(QuestionnairePages pages, Explanations explanations) {
        this.pages = pages;
        this.explanations = explanations;
    }

    @GetMapping("/risk/questionnaires")
    String list(@RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        model.addAttribute("page", pages.overview(year, scope));
        return "risk/questionnaires";
    }

    @GetMapping("/risk/questionnaires/rates.xlsx")
    void exportRates(
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var cohort = pages.cohort(scope, year);
        XlsxTableWriter.download(
                response, "questionnaire-rates-" + cohort.year() + ".xlsx", pages.rates(cohort, scope, locale));
    }

    @GetMapping("/risk/questionnaires/{kind}")
    String items(
            @PathVariable QuestionnaireKind kind,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Model model) {
        model.addAttribute("page", pages.items(kind, year, scope));
        model.addAttribute("types", AnswerType.values());
        model.addAttribute("explain", explanations);
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        return "risk/questionnaire";
    }

    @PostMapping("/risk/questionnaires/{kind}")
    String saveItems(
            @PathVariable QuestionnaireKind kind,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam MultiValueMap<String, String> form,
            Scope scope,
            Principal principal,
            RedirectAttributes redirect) {
        var cohort = pages.cohort(scope, year);
        var problems = pages.save(kind, cohort, form, scope, principal.getName());
        if (problems.isEmpty()) redirect.addFlashAttribute("saved", true);
        else redirect.addFlashAttribute("problems", problems);
        return "redirect:/risk/questionnaires/" + kind + "?year=" + cohort.year();
    }

    @GetMapping("/risk/questionnaires/{kind}/{file}-template.csv")
    void template(
            @PathVariable QuestionnaireKind kind,
            @PathVariable String file,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            HttpServletResponse response)
            throws IOException {
        var template = pages.template(kind, "responses".equals(file), pages.cohort(scope, year));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + template.fileName() + "\"");
        response.getOutputStream().write(template.bytes());
    }
}
