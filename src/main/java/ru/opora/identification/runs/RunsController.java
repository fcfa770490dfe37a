package ru.opora.identification.runs;

import java.beans.PropertyEditorSupport;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.assessments.SchoolResults;
import ru.opora.identification.engine.RuleSet;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/**
 * The identification page: the region's runs, and for the region admin the rule set in force,
 * a what-if against the last confirmed list, saving a new version of the rules, running and
 * confirming.
 */
@Controller
class RunsController {

    private final IdentificationRuns runs;
    private final RuleSets ruleSets;
    private final SchoolResults results;
    private final OrgUnits orgUnits;

    RunsController(IdentificationRuns runs, RuleSets ruleSets, SchoolResults results, OrgUnits orgUnits) {
        this.runs = runs;
        this.ruleSets = ruleSets;
        this.results = results;
        this.orgUnits = orgUnits;
    }

    /** Decimal commas are how people type numbers here. */
    @InitBinder("rules")
    void decimals(WebDataBinder binder) {
        binder.registerCustomEditor(double.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(Double.parseDouble(text.strip().replace(',', '.')));
            }
        });
    }

    @GetMapping("/identification")
    String index(Scope scope, Model model) {
        var region = scope.region();
        // a form whose numbers did not convert has no rules object: show the rules in force again
        Object typed = model.getAttribute("rules");
        model.addAttribute(
                "form",
                typed instanceof RuleSet r
                        ? r
                        : ruleSets.current(region.regionId()).rules());
        model.addAttribute("runs", runs.runs(region.regionId()));
        model.addAttribute("years", results.years(region));
        model.addAttribute("current", ruleSets.current(region.regionId()));
        model.addAttribute("history", ruleSets.history(region.regionId()));
        model.addAttribute("regionWide", scope.isRegionWide());
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        return "identification/index";
    }

    /** The what-if: the list these parameters would give, against the last confirmed list of the year. */
    @PostMapping("/identification/preview")
    String preview(
            @ModelAttribute("rules") RuleSet rules,
            BindingResult binding,
            @RequestParam int year,
            Scope scope,
            Model model) {
        var region = regionWide(scope);
        if (binding.hasErrors() || !rules.problems().isEmpty()) return invalid(rules, binding, scope, model);
        var computed = runs.compute(region, year, rules);
        var now = computed.candidates();
        var before = runs.lastConfirmed(region.regionId(), year)
                .map(r -> runs.candidates(r.id()))
                .orElse(null);
        model.addAttribute("previewYear", year);
        model.addAttribute("previewCount", now.size());
        if (before != null) {
            var entering = new HashSet<>(now);
            entering.removeAll(before);
            var leaving = new HashSet<>(before);
            leaving.removeAll(now);
            model.addAttribute("entering", names(entering));
            model.addAttribute("leaving", names(leaving));
            model.addAttribute("confirmedCount", before.size());
        }
        return index(scope, model);
    }

    @PostMapping("/identification/rules")
    String saveRules(
            @ModelAttribute("rules") RuleSet rules,
            BindingResult binding,
            @RequestParam(defaultValue = "") String reason,
            Scope scope,
            Principal principal,
            Model model) {
        var region = regionWide(scope);
        if (binding.hasErrors() || !rules.problems().isEmpty()) return invalid(rules, binding, scope, model);
        if (reason.isBlank()) {
            model.addAttribute("problems", List.of("identification.rules.error.reason"));
            return index(scope, model);
        }
        var saved = ruleSets.save(region.regionId(), region, rules, reason, principal.getName());
        return "redirect:/identification?saved=" + saved.number();
    }

    @PostMapping("/identification/runs")
    String run(@RequestParam int year, Scope scope, Principal principal) {
        var region = regionWide(scope);
        UUID id = runs.run(region.regionId(), region, year, ruleSets.current(region.regionId()), principal.getName());
        return "redirect:/identification/runs/" + id;
    }

    @PostMapping("/identification/runs/{runId}/confirm")
    String confirm(@PathVariable UUID runId, Scope scope, Principal principal) {
        var region = regionWide(scope);
        runs.confirm(runId, region.regionId(), principal.getName());
        return "redirect:/identification/runs/" + runId;
    }

    private String invalid(RuleSet rules, BindingResult binding, Scope scope, Model model) {
        var problems = new ArrayList<String>();
        binding.getFieldErrors().forEach(e -> problems.add("identification.rules.error.number." + e.getField()));
        if (!binding.hasErrors()) rules.problems().forEach(p -> problems.add("identification.rules.error." + p));
        model.addAttribute("problems", problems);
        return index(scope, model);
    }

    private static OrgPath regionWide(Scope scope) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("identification is run by the region");
        return scope.region();
    }

    private List<String> names(java.util.Set<UUID> ids) {
        return orgUnits.byIds(ids).stream()
                .map(s -> s.code() + " " + s.name())
                .sorted()
                .toList();
    }
}
