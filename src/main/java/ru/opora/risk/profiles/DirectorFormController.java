package ru.opora.risk.profiles;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.QuestionnaireKind;

/** The director's questionnaire filled in Opora; saving recomputes the cohort's profiles. */
@Controller
class DirectorFormController {

    private final CohortYears cohorts;
    private final OrgUnits orgUnits;
    private final Questionnaires questionnaires;
    private final DirectorForms directorForms;
    private final Profiles profiles;
    private final MessageSource messages;

    DirectorFormController(
            CohortYears cohorts,
            OrgUnits orgUnits,
            Questionnaires questionnaires,
            DirectorForms directorForms,
            Profiles profiles,
            MessageSource messages) {
        this.cohorts = cohorts;
        this.orgUnits = orgUnits;
        this.questionnaires = questionnaires;
        this.directorForms = directorForms;
        this.profiles = profiles;
        this.messages = messages;
    }

    @GetMapping("/risk/schools/{id}/director")
    String director(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        var school = SchoolRiskController.school(orgUnits, id, scope);
        var cohort = cohorts.of(scope, year);
        model.addAttribute("school", school);
        model.addAttribute("cohort", cohort);
        model.addAttribute(
                "questionnaire", questionnaires.of(cohort.regionId(), cohort.year(), QuestionnaireKind.DIRECTOR));
        if (!model.containsAttribute("answers"))
            model.addAttribute("answers", directorForms.answers(id, cohort.year()));
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        return "risk/director";
    }

    @PostMapping("/risk/schools/{id}/director")
    String saveDirector(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Scope scope,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        var school = SchoolRiskController.school(orgUnits, id, scope);
        var cohort = cohorts.of(scope, SelfDiagnosisController.integer(form.getFirst("year")));
        var q = questionnaires.of(cohort.regionId(), cohort.year(), QuestionnaireKind.DIRECTOR);
        var answers = new java.util.HashMap<String, String>();
        for (var item : q.items()) {
            var values = form.get("a_" + item.code());
            if (values != null)
                answers.put(item.code(), String.join("|", values).strip());
        }
        var problems = DirectorForms.check(q, answers);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("answers", answers);
            redirect.addFlashAttribute(
                    "problems",
                    problems.stream()
                            .map(p -> messages.getMessage(
                                    "risk.form.error." + p.code(),
                                    new Object[] {p.column(), p.value(), p.detail()},
                                    locale))
                            .toList());
            return "redirect:/risk/schools/" + id + "/director?year=" + cohort.year();
        }
        directorForms.save(id, school.path(), cohort.year(), q, answers, principal.getName());
        profiles.recompute(cohort, "questionnaires");
        redirect.addFlashAttribute("saved", true);
        return "redirect:/risk/schools/" + id + "?year=" + cohort.year();
    }
}
