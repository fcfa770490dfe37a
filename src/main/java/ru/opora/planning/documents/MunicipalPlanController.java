package ru.opora.planning.documents;

import java.time.Clock;
import java.time.Year;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/** A municipality's roadmap (§7.4): the coordinator writes it, the region reviews it like a school's document. */
@Controller
class MunicipalPlanController {

    private final SchoolDocuments documents;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final Clock clock;

    MunicipalPlanController(SchoolDocuments documents, OrgUnits orgUnits, MessageSource messages, Clock clock) {
        this.documents = documents;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/planning/municipalities/{id}")
    String page(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Authentication who,
            Model model) {
        var municipality = municipality(id, scope);
        int cohort = year == null ? Year.now(clock).getValue() : year;
        model.addAttribute("municipality", municipality);
        model.addAttribute("year", cohort);
        model.addAttribute(
                "roadmap",
                documents.ofSchool(id, cohort).stream()
                        .filter(d -> d.type() == DocumentType.MUNICIPAL_ROADMAP)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("canEdit", DocumentAccess.has(who, Permission.MUNICIPAL_PLAN_EDIT));
        return "planning/municipality";
    }

    @PostMapping("/planning/municipalities/{id}/roadmap")
    String create(@PathVariable UUID id, @RequestParam int year, Scope scope, Authentication who) {
        if (!DocumentAccess.has(who, Permission.MUNICIPAL_PLAN_EDIT))
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        var municipality = municipality(id, scope);
        var existing = documents.ofSchool(id, year).stream()
                .filter(d -> d.type() == DocumentType.MUNICIPAL_ROADMAP)
                .findFirst();
        if (existing.isPresent())
            return "redirect:/planning/documents/" + existing.get().id() + "/edit";
        String title = messages.getMessage("planning.type.MUNICIPAL_ROADMAP", null, LocaleContextHolder.getLocale())
                + ": " + municipality.name();
        var doc = documents.create(municipality, year, DocumentType.MUNICIPAL_ROADMAP, null, title, who.getName());
        return "redirect:/planning/documents/" + doc.id() + "/edit";
    }

    private OrgUnitRef municipality(UUID id, Scope scope) {
        return orgUnits.find(id)
                .filter(m -> m.kind() == OrgUnitKind.MUNICIPALITY && scope.permits(m.path()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
