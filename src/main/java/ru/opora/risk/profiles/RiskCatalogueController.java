package ru.opora.risk.profiles;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.Direction;
import ru.opora.risk.engine.Factor;
import ru.opora.risk.engine.Indicator;
import ru.opora.risk.engine.Source;
import ru.opora.risk.engine.Variables;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/**
 * The cohort's catalogue: read by everyone with risk pages, edited by the region admin a factor at
 * a time. A change is tried on a school before saving; saving needs a reason, adds a version and
 * recomputes the cohort's profiles.
 */
@Controller
class RiskCatalogueController {

    private final CohortYears cohorts;
    private final Catalogues catalogues;
    private final Profiles profiles;
    private final Questionnaires questionnaires;
    private final OrgUnits orgUnits;
    private final Explanations explanations;

    RiskCatalogueController(
            CohortYears cohorts,
            Catalogues catalogues,
            Profiles profiles,
            Questionnaires questionnaires,
            OrgUnits orgUnits,
            Explanations explanations) {
        this.cohorts = cohorts;
        this.catalogues = catalogues;
        this.profiles = profiles;
        this.questionnaires = questionnaires;
        this.orgUnits = orgUnits;
        this.explanations = explanations;
    }

    @GetMapping("/risk/catalogue")
    String catalogue(@RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        var cohort = cohorts.of(scope, year);
        model.addAttribute("cohort", cohort);
        model.addAttribute("years", cohorts.choices(cohort));
        model.addAttribute("version", catalogues.current(cohort.regionId(), cohort.year()));
        model.addAttribute("history", catalogues.history(cohort.regionId(), cohort.year()));
        model.addAttribute("regionWide", scope.isRegionWide());
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
        var cohort = regionCohort(scope, year);
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var factor = "new".equals(code)
                ? new Factor("", "", "", "", List.of(), List.of())
                : catalogue
                        .factor(code)
                        .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                                org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("reason", "");
        return form(cohort, factor, "new".equals(code), List.of(), scope, model);
    }

    @PostMapping("/risk/catalogue/factors/{code}/try")
    String tryFactor(
            @PathVariable String code, @RequestParam MultiValueMap<String, String> form, Scope scope, Model model) {
        var cohort = regionCohort(scope, SelfDiagnosisController.integer(form.getFirst("year")));
        var read = FactorForm.read("new".equals(code) ? "" : code, form);
        var school = orgUnits.find(java.util.UUID.fromString(String.valueOf(form.getFirst("school"))))
                .filter(s -> scope.permits(s.path()))
                .orElseThrow(() -> new AccessDeniedException("school not in scope"));
        var result = profiles.tryFactor(cohort, read.factor(), school.id());
        var current = profiles.current(school.id(), cohort.year())
                .flatMap(p -> p.entry(read.factor().code()));
        model.addAttribute("school", school);
        model.addAttribute("result", result);
        model.addAttribute("current", current.orElse(null));
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
        var cohort = regionCohort(scope, SelfDiagnosisController.integer(form.getFirst("year")));
        boolean isNew = "new".equals(code);
        var read = FactorForm.read(isNew ? "" : code, form);
        var current = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var problems = new ArrayList<>(read.problems());
        if (isNew && current.factor(read.factor().code()).isPresent())
            problems.add("risk.catalogue.error.factorExists|" + read.factor().code());
        String reason = String.valueOf(form.getFirst("reason") == null ? "" : form.getFirst("reason"));
        if (problems.isEmpty()) {
            try {
                var saved = catalogues.save(cohort, current.withFactor(read.factor()), reason, principal.getName());
                int changed = profiles.recompute(cohort, "catalogue");
                redirect.addFlashAttribute("saved", new int[] {saved.number(), changed});
                return "redirect:/risk/catalogue?year=" + cohort.year();
            } catch (Catalogues.Rejected e) {
                for (var p : e.problems())
                    problems.add(p.messageKey() + "|"
                            + (p.indicatorCode().isEmpty() ? p.factorCode() : p.indicatorCode()) + "|" + p.detail());
            }
        }
        model.addAttribute("reason", reason);
        return form(cohort, read.factor(), isNew, problems, scope, model);
    }

    @PostMapping("/risk/catalogue/limits")
    String limits(
            @RequestParam MultiValueMap<String, String> form,
            Scope scope,
            Principal principal,
            RedirectAttributes redirect) {
        var cohort = regionCohort(scope, SelfDiagnosisController.integer(form.getFirst("year")));
        String levelHigh = String.valueOf(form.getFirst("levelHigh"));
        String levelMedium = String.valueOf(form.getFirst("levelMedium"));
        String maxSelected = String.valueOf(form.getFirst("maxSelected"));
        String reason = form.getFirst("reason") == null ? "" : String.valueOf(form.getFirst("reason"));
        var current = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        try {
            var changed = current.withLimits(
                    Double.parseDouble(levelHigh.replace(',', '.')),
                    Double.parseDouble(levelMedium.replace(',', '.')),
                    Integer.parseInt(maxSelected.strip()));
            var saved = catalogues.save(cohort, changed, reason, principal.getName());
            redirect.addFlashAttribute("saved", new int[] {saved.number(), profiles.recompute(cohort, "catalogue")});
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("problems", List.of("risk.catalogue.error.limits||"));
        } catch (Catalogues.Rejected e) {
            redirect.addFlashAttribute(
                    "problems",
                    e.problems().stream().map(p -> p.messageKey() + "||").toList());
        }
        return "redirect:/risk/catalogue?year=" + cohort.year();
    }

    @PostMapping("/risk/recompute")
    String recompute(@RequestParam(required = false) @Nullable Integer year, Scope scope, RedirectAttributes redirect) {
        var cohort = regionCohort(scope, year);
        redirect.addFlashAttribute("recomputed", profiles.recompute(cohort, "manual"));
        return "redirect:/risk/catalogue?year=" + cohort.year();
    }

    @GetMapping("/risk/catalogue.xlsx")
    void export(
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var cohort = cohorts.of(scope, year);
        var version = catalogues.current(cohort.regionId(), cohort.year());
        var rows = new ArrayList<List<?>>();
        for (Factor f : version.catalogue().factors())
            for (Indicator i : f.indicators())
                rows.add(Arrays.asList(
                        f.code(),
                        f.nameRu(),
                        i.code(),
                        i.name(),
                        explanations.msg("risk.source." + i.source(), locale),
                        i.formula(),
                        explanations.msg("risk.direction." + i.direction(), locale),
                        i.threshold(),
                        i.weight(),
                        String.join("; ", f.measures())));
        var headers = java.util.stream.Stream.of(
                        "risk.factor.code",
                        "risk.factor",
                        "risk.indicator.code",
                        "risk.indicator",
                        "risk.source",
                        "risk.formula",
                        "risk.direction",
                        "risk.threshold",
                        "risk.weight",
                        "risk.measures")
                .map(k -> explanations.msg(k, locale))
                .toList();
        XlsxTableWriter.download(
                response,
                "risk-catalogue-" + cohort.year() + "-v" + version.number() + ".xlsx",
                new Table(explanations.msg("risk.catalogue.title", locale), headers, rows));
    }

    private Cohort regionCohort(Scope scope, @Nullable Integer year) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region edits its catalogue");
        return cohorts.of(scope, year);
    }

    private String form(Cohort cohort, Factor factor, boolean isNew, List<String> problems, Scope scope, Model model) {
        model.addAttribute("cohort", cohort);
        model.addAttribute("factor", factor);
        model.addAttribute("isNew", isNew);
        model.addAttribute("problems", problems);
        model.addAttribute("sources", Source.values());
        model.addAttribute("explain", explanations);
        model.addAttribute("directions", Direction.values());
        model.addAttribute("variables", Variables.of(questionnaires.forCohort(cohort.regionId(), cohort.year())));
        model.addAttribute("schools", orgUnits.inScope(OrgUnitKind.SCHOOL, scope));
        model.addAttribute(
                "functions",
                ru.opora.risk.engine.Formula.FUNCTIONS.stream().sorted().toList());
        return "risk/factor";
    }
}
