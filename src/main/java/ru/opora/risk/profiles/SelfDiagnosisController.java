package ru.opora.risk.profiles;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
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

/** The school's self-diagnosis and the curator's comment. */
@Controller
class SelfDiagnosisController {

    private final SelfDiagnosisForm forms;
    private final CohortYears cohorts;

    SelfDiagnosisController(SelfDiagnosisForm forms, CohortYears cohorts) {
        this.forms = forms;
        this.cohorts = cohorts;
    }

    @GetMapping("/risk/schools/{id}/self-diagnosis")
    String form(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        var refused = model.getAttribute("refused") instanceof SelfDiagnosisForm.Refused r ? r : null;
        model.addAttribute("page", forms.page(id, year, scope, refused));
        return "risk/self-diagnosis";
    }

    @PostMapping("/risk/schools/{id}/self-diagnosis")
    String save(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Scope scope,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        var outcome = forms.save(id, form, scope, principal.getName(), locale);
        if (outcome.refused() == null) redirect.addFlashAttribute("saved", true);
        else redirect.addFlashAttribute("refused", outcome.refused());
        return "redirect:/risk/schools/" + id + "/self-diagnosis?year=" + outcome.year();
    }

    @PostMapping("/risk/schools/{id}/self-diagnosis/comment")
    String comment(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "") String comment,
            Scope scope,
            Principal principal,
            RedirectAttributes redirect) {
        var cohort = cohorts.of(scope, year);
        if (forms.comment(id, cohort, comment, scope, principal.getName()))
            redirect.addFlashAttribute("commented", true);
        return "redirect:/risk/schools/" + id + "/self-diagnosis?year=" + cohort.year();
    }
}
