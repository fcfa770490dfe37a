package ru.opora.risk.profiles;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/**
 * The cohort's catalogue: read by everyone with risk pages, edited by the region admin a factor at
 * a time (see {@link CataloguePages}).
 */
@Controller
class RiskCatalogueController {

    private final CataloguePages pages;
    private final Explanations explanations;

    RiskCatalogueController(CataloguePages pages, Explanations explanations) {
        this.pages = pages;
        this.explanations = explanations;
    }

    @GetMapping("/risk/catalogue")
    String catalogue(@RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        model.addAttribute("page", pages.overview(year, scope));
        model.addAttribute("explain", explanations);
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        return "risk/catalogue";
    }

    @GetMapping("/risk/catalogue/factors/{code}")
    String factor(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Model model) {
        return editor(pages.editor(code, year, scope), model);
    }

    @PostMapping("/risk/catalogue/factors/{code}/try")
    String tryFactor(
            @PathVariable String code,
            @RequestParam UUID school,
            @RequestParam MultiValueMap<String, String> form,
            Scope scope,
            Model model) {
        model.addAttribute("trial", pages.trial(code, school, form, scope));
        model.addAttribute("explain", explanations);
        return "risk/catalogue :: try";
    }

    @PostMapping("/risk/catalogue/factors/{code}")
    String save(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> form,
            Scope scope,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        var saving = pages.save(code, form, scope, principal.getName());
        if (saving.refused() != null) return editor(saving.refused(), model);
        redirect.addFlashAttribute("saved", saving.saved());
        return "redirect:/risk/catalogue?year=" + saving.year();
    }

    @PostMapping("/risk/catalogue/limits")
    String limits(
            @ModelAttribute CataloguePages.LimitsForm form,
            Scope scope,
            Principal principal,
            RedirectAttributes redirect) {
        var limits = pages.limits(form, scope, principal.getName());
        if (limits.saved() != null) redirect.addFlashAttribute("saved", limits.saved());
        else redirect.addFlashAttribute("problems", limits.problems());
        return "redirect:/risk/catalogue?year=" + limits.year();
    }

    @PostMapping("/risk/recompute")
    String recompute(@RequestParam(required = false) @Nullable Integer year, Scope scope, RedirectAttributes redirect) {
        redirect.addFlashAttribute("recomputed", pages.recompute(year, scope));
        return "redirect:/risk/catalogue?year=" + pages.cohort(scope, year).year();
    }

    @GetMapping("/risk/catalogue.xlsx")
    void export(
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var cohort = pages.cohort(scope, year);
        var version = pages.current(cohort);
        XlsxTableWriter.download(
                response,
                "risk-catalogue-" + cohort.year() + "-v" + version.number() + ".xlsx",
                pages.table(version, locale));
    }

    private String editor(CataloguePages.Editor editor, Model model) {
        model.addAttribute("page", editor);
        model.addAttribute("explain", explanations);
        return "risk/factor";
    }
}
