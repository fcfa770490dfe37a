package ru.opora.risk.profiles;

import java.security.Principal;
import java.util.ArrayList;
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
import ru.opora.risk.engine.Factor;

/** The school's self-diagnosis and the curator's comment. */
@Controller
class SelfDiagnosisController {

    private final CohortYears cohorts;
    private final Catalogues catalogues;
    private final Profiles profiles;
    private final SelfDiagnoses selfDiagnoses;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    SelfDiagnosisController(
            CohortYears cohorts,
            Catalogues catalogues,
            Profiles profiles,
            SelfDiagnoses selfDiagnoses,
            OrgUnits orgUnits,
            MessageSource messages) {
        this.cohorts = cohorts;
        this.catalogues = catalogues;
        this.profiles = profiles;
        this.selfDiagnoses = selfDiagnoses;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    @GetMapping("/risk/schools/{id}/self-diagnosis")
    String form(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        var school = SchoolRiskController.school(orgUnits, id, scope);
        var cohort = cohorts.of(scope, year);
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var diagnosis = selfDiagnoses.find(id, cohort.year());
        var profile = profiles.current(id, cohort.year());
        var entries = new ArrayList<SelfDiagnoses.Entry>();
        for (Factor f : catalogue.factors())
            entries.add(diagnosis
                    .flatMap(d -> d.entries().stream()
                            .filter(e -> e.factorCode().equals(f.code()))
                            .findFirst())
                    .orElse(new SelfDiagnoses.Entry(f.code(), false, "", false)));
        model.addAttribute("school", school);
        model.addAttribute("cohort", cohort);
        model.addAttribute("catalogue", catalogue);
        // a refused form comes back as the school wrote it, with the version it was read at
        if (!model.containsAttribute("entries")) model.addAttribute("entries", entries);
        if (!model.containsAttribute("formVersion"))
            model.addAttribute(
                    "formVersion",
                    diagnosis.map(SelfDiagnoses.SelfDiagnosis::version).orElse(0));
        model.addAttribute("diagnosis", diagnosis.orElse(null));
        model.addAttribute("profile", profile.orElse(null));
        model.addAttribute(
                "warnings",
                profile.map(p -> SelfDiagnoses.highNotSelected(entries, p.entries()))
                        .orElse(List.of()));
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
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
        var school = SchoolRiskController.school(orgUnits, id, scope);
        var cohort = cohorts.of(scope, integer(form.getFirst("year")));
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var entries = new ArrayList<SelfDiagnoses.Entry>();
        for (Factor f : catalogue.factors())
            entries.add(new SelfDiagnoses.Entry(
                    f.code(),
                    form.containsKey("actual_" + f.code()),
                    String.valueOf(
                                    form.getFirst("measures_" + f.code()) == null
                                            ? ""
                                            : form.getFirst("measures_" + f.code()))
                            .strip(),
                    form.containsKey("selected_" + f.code())));
        var problems = SelfDiagnoses.check(entries, catalogue);
        String back = "redirect:/risk/schools/" + id + "/self-diagnosis?year=" + cohort.year();
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("entries", entries);
            redirect.addFlashAttribute(
                    "formVersion", java.util.Objects.requireNonNullElse(integer(form.getFirst("version")), 0));
            redirect.addFlashAttribute(
                    "problems",
                    problems.stream()
                            .map(p -> messages.getMessage(p, new Object[] {catalogue.maxSelected()}, locale))
                            .toList());
            return back;
        }
        try {
            Integer version = integer(form.getFirst("version"));
            selfDiagnoses.save(
                    id, school.path(), cohort.year(), entries, version == null ? 0 : version, principal.getName());
            redirect.addFlashAttribute("saved", true);
        } catch (SelfDiagnoses.Conflict e) {
            redirect.addFlashAttribute("problems", List.of(messages.getMessage("risk.self.conflict", null, locale)));
        }
        return back;
    }

    @PostMapping("/risk/schools/{id}/self-diagnosis/comment")
    String comment(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "") String comment,
            Scope scope,
            Principal principal,
            RedirectAttributes redirect) {
        var school = SchoolRiskController.school(orgUnits, id, scope);
        var cohort = cohorts.of(scope, year);
        if (!comment.isBlank()) {
            selfDiagnoses.comment(id, school.path(), cohort.year(), comment, principal.getName());
            redirect.addFlashAttribute("commented", true);
        }
        return "redirect:/risk/schools/" + id + "/self-diagnosis?year=" + cohort.year();
    }

    static @Nullable Integer integer(@Nullable String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
