package ru.opora.identification.runs;

import java.beans.PropertyEditorSupport;
import java.security.Principal;
import java.util.ArrayList;
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
import ru.opora.identification.engine.RuleSet;
import ru.opora.orgunits.Scope;

/**
 * The identification page: the region's runs, and for the region admin the rule set in force,
 * a what-if against the last confirmed list, saving a new version of the rules, running and
 * confirming.
 */
@Controller
class RunsController {

    private final RulesPage pages;

    RunsController(RulesPage pages) {
        this.pages = pages;
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
        // a form whose numbers did not convert has no rules object: show the rules in force again
        var typed = model.getAttribute("rules") instanceof RuleSet r ? r : null;
        model.addAttribute("page", pages.index(scope, typed));
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
        if (binding.hasErrors() || !rules.problems().isEmpty()) return invalid(rules, binding, scope, model);
        model.addAttribute("preview", pages.preview(rules, year, scope));
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
        if (!scope.isRegionWide()) throw new AccessDeniedException("identification is run by the region");
        if (binding.hasErrors() || !rules.problems().isEmpty()) return invalid(rules, binding, scope, model);
        if (reason.isBlank()) {
            model.addAttribute("problems", List.of("identification.rules.error.reason"));
            return index(scope, model);
        }
        return "redirect:/identification?saved=" + pages.save(rules, reason, scope, principal.getName());
    }

    @PostMapping("/identification/runs")
    String run(@RequestParam int year, Scope scope, Principal principal) {
        return "redirect:/identification/runs/" + pages.run(year, scope, principal.getName());
    }

    @PostMapping("/identification/runs/{runId}/confirm")
    String confirm(@PathVariable UUID runId, Scope scope, Principal principal) {
        pages.confirm(runId, scope, principal.getName());
        return "redirect:/identification/runs/" + runId;
    }

    private String invalid(RuleSet rules, BindingResult binding, Scope scope, Model model) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("identification is run by the region");
        var problems = new ArrayList<String>();
        binding.getFieldErrors().forEach(e -> problems.add("identification.rules.error.number." + e.getField()));
        if (!binding.hasErrors()) rules.problems().forEach(p -> problems.add("identification.rules.error." + p));
        model.addAttribute("problems", problems);
        return index(scope, model);
    }
}
