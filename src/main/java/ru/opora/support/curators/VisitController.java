package ru.opora.support.curators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;

/** A school's curator visits: everyone in scope reads them; the curator of an assigned school records them. */
@Controller
class VisitController {

    private final Visits visits;
    private final SupportController.Lookups lookups;
    private final Clock clock;

    VisitController(Visits visits, SupportController.Lookups lookups, Clock clock) {
        this.visits = visits;
        this.lookups = lookups;
        this.clock = clock;
    }

    /** The visit form as typed. */
    record VisitForm(
            @Nullable String date,
            @Nullable String format,
            @Nullable String purpose,
            @Nullable String findings,
            @Nullable String recommendations) {}

    @GetMapping("/support/schools/{id}/visits")
    String list(@PathVariable UUID id, Scope scope, Model model) {
        model.addAttribute("school", school(id, scope));
        model.addAttribute("visits", visits.of(id));
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        if (!model.containsAttribute("form"))
            model.addAttribute("form", new VisitForm(LocalDate.now(clock).toString(), "ON_SITE", "", "", ""));
        return "support/visits";
    }

    @PostMapping("/support/schools/{id}/visits")
    String record(@PathVariable UUID id, @ModelAttribute VisitForm form, Scope scope, Authentication who, Model model) {
        var school = school(id, scope);
        var problems = new ArrayList<String>();
        LocalDate date = null;
        try {
            date = LocalDate.parse(form.date() == null ? "" : form.date().strip());
            if (date.isAfter(LocalDate.now(clock))) problems.add("support.visit.error.future");
        } catch (DateTimeParseException e) {
            problems.add("support.visit.error.date");
        }
        String format = "ONLINE".equals(form.format()) ? "ONLINE" : "ON_SITE";
        if (form.purpose() == null || form.purpose().isBlank()) problems.add("support.visit.error.purpose");
        if (!problems.isEmpty() || date == null) {
            model.addAttribute("problems", problems);
            model.addAttribute("form", form);
            return list(id, scope, model);
        }
        visits.record(
                school,
                new Visits.Visit(
                        UUID.randomUUID(),
                        who.getName(),
                        date,
                        format,
                        form.purpose().strip(),
                        form.findings() == null ? "" : form.findings().strip(),
                        form.recommendations() == null
                                ? ""
                                : form.recommendations().strip()));
        return "redirect:/support/schools/" + id + "/visits";
    }

    private OrgUnitRef school(UUID id, Scope scope) {
        return lookups.orgUnits()
                .find(id)
                .filter(s -> s.kind() == OrgUnitKind.SCHOOL && scope.permits(s.path()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
