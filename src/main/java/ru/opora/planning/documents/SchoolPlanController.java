package ru.opora.planning.documents;

import java.time.Clock;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import ru.opora.risk.SchoolRisks;

/** A school's plan for a cohort: its chosen risks, its documents and what the plan checker finds missing. */
@Controller
class SchoolPlanController {

    private final SchoolDocuments documents;
    private final OrgUnits orgUnits;
    private final SchoolRisks risks;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    SchoolPlanController(
            SchoolDocuments documents,
            OrgUnits orgUnits,
            SchoolRisks risks,
            Clock clock,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.documents = documents;
        this.orgUnits = orgUnits;
        this.risks = risks;
        this.clock = clock;
    }

    /** The view of one chosen risk: its factor and its programme, if written. */
    public record RiskLine(
            SchoolRisks.FactorInfo factor, @Nullable Document programme) {}

    @GetMapping("/planning/schools/{id}")
    String school(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Authentication who,
            Model model) {
        if (!DocumentAccess.has(who, Permission.PLAN_VIEW)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        var school = school(id, scope);
        int cohort = year == null ? Year.now(clock).getValue() : year;
        var docs = documents.ofSchool(id, cohort);
        var chosen = risks.chosen(id, cohort);
        var factors = risks.factors(regionId(school), cohort);
        var lines = chosen.stream()
                .map(code -> new RiskLine(
                        factors.stream()
                                .filter(f -> f.code().equals(code))
                                .findFirst()
                                .orElse(new SchoolRisks.FactorInfo(code, code, code, List.of())),
                        docs.stream()
                                .filter(d -> code.equals(d.riskFactor()))
                                .findFirst()
                                .orElse(null)))
                .toList();
        var withProgramme = new HashSet<String>();
        docs.forEach(d -> {
            if (d.riskFactor() != null) withProgramme.add(d.riskFactor());
        });
        model.addAttribute("school", school);
        model.addAttribute("year", cohort);
        model.addAttribute(
                "documents", docs.stream().filter(d -> d.riskFactor() == null).toList());
        model.addAttribute("risks", lines);
        model.addAttribute("schoolGaps", PlanChecker.checkSchool(chosen, withProgramme));
        model.addAttribute("missingTypes", missingTypes(docs));
        model.addAttribute("canEdit", DocumentAccess.has(who, Permission.PLAN_EDIT));
        return "planning/school";
    }

    @PostMapping("/planning/schools/{id}/documents")
    String create(
            @PathVariable UUID id,
            @RequestParam int year,
            @RequestParam DocumentType type,
            @RequestParam(required = false) @Nullable String risk,
            Scope scope,
            Authentication who) {
        if (!DocumentAccess.has(who, Permission.PLAN_EDIT) || type.municipal())
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        var school = school(id, scope);
        var existing = documents.ofSchool(id, year).stream()
                .filter(d -> d.type() == type && java.util.Objects.equals(d.riskFactor(), risk))
                .findFirst();
        if (existing.isPresent())
            return "redirect:/planning/documents/" + existing.get().id() + "/edit";
        String title = messages.getMessage(
                "planning.type." + type, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        if (type == DocumentType.ANTIRISK_PROGRAM) {
            if (risk == null || !risks.chosen(id, year).contains(risk))
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a chosen risk");
            title = risks.factors(regionId(school), year).stream()
                    .filter(f -> f.code().equals(risk))
                    .findFirst()
                    .map(SchoolRisks.FactorInfo::nameRu)
                    .orElse(risk);
        }
        var doc = documents.create(school, year, type, risk, title, who.getName());
        return "redirect:/planning/documents/" + doc.id() + "/edit";
    }

    private static List<DocumentType> missingTypes(List<Document> docs) {
        return java.util.Arrays.stream(DocumentType.values())
                .filter(t -> t != DocumentType.ANTIRISK_PROGRAM && !t.municipal())
                .filter(t -> docs.stream().noneMatch(d -> d.type() == t))
                .toList();
    }

    private OrgUnitRef school(UUID id, Scope scope) {
        return orgUnits.find(id)
                .filter(s -> s.kind() == OrgUnitKind.SCHOOL && scope.permits(s.path()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static UUID regionId(OrgUnitRef school) {
        return school.path().regionId();
    }
}
