package ru.opora.planning.documents;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;

/** A document: read with the expert's remarks beside the text, edited as the school, moved through its states. */
@Controller
class DocumentController {

    private final SchoolDocuments documents;
    private final DocumentAccess access;
    private final PlanningSettings settings;
    private final Remarks remarks;
    private final MessageSource messages;
    private final ru.opora.risk.SchoolRisks risks;
    private final ru.opora.identity.UserDirectory users;
    private final ru.opora.orgunits.OrgUnits orgUnits;

    /** What the document pages read besides the document. */
    @org.springframework.stereotype.Component
    record Parts(
            PlanningSettings settings,
            Remarks remarks,
            ru.opora.risk.SchoolRisks risks,
            ru.opora.identity.UserDirectory users,
            ru.opora.orgunits.OrgUnits orgUnits) {}

    DocumentController(SchoolDocuments documents, DocumentAccess access, Parts parts, MessageSource messages) {
        this.documents = documents;
        this.access = access;
        this.settings = parts.settings();
        this.remarks = parts.remarks();
        this.risks = parts.risks();
        this.users = parts.users();
        this.orgUnits = parts.orgUnits();
        this.messages = messages;
    }

    @GetMapping("/planning/documents/{id}")
    String view(@PathVariable UUID id, Scope scope, Authentication who, Model model) {
        var doc = access.readable(id, scope, who);
        model.addAttribute("doc", doc);
        model.addAttribute("template", settings.template(doc.type()));
        model.addAttribute("gaps", documents.gaps(doc));
        model.addAttribute("history", documents.history(id));
        model.addAttribute("versions", documents.versions(id));
        model.addAttribute("review", remarks.latest(id).orElse(null));
        model.addAttribute(
                "canEdit",
                DocumentAccess.has(
                        who,
                        doc.type().municipal()
                                ? ru.opora.identity.Permission.MUNICIPAL_PLAN_EDIT
                                : ru.opora.identity.Permission.PLAN_EDIT));
        boolean canAssign = DocumentAccess.has(who, ru.opora.identity.Permission.PLAN_ASSIGN_EXPERT)
                && doc.status() == DocumentStatus.SUBMITTED;
        model.addAttribute("canAssign", canAssign);
        model.addAttribute(
                "experts", canAssign ? users.withRole(ru.opora.identity.Role.REGION_EXPERT, scope) : List.of());
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        return "planning/document";
    }

    @GetMapping("/planning/documents/{id}/diff")
    String diff(
            @PathVariable UUID id,
            @RequestParam int from,
            @RequestParam int to,
            Scope scope,
            Authentication who,
            Model model) {
        var doc = access.readable(id, scope, who);
        var versions = documents.versions(id);
        var a = versions.stream().filter(v -> v.number() == from).findFirst();
        var b = versions.stream().filter(v -> v.number() == to).findFirst();
        if (a.isEmpty() || b.isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        model.addAttribute("doc", doc);
        model.addAttribute("from", a.get());
        model.addAttribute("to", b.get());
        model.addAttribute("versions", versions);
        model.addAttribute(
                "changes", VersionDiff.between(a.get().content(), b.get().content()));
        return "planning/diff";
    }

    @GetMapping("/planning/documents/{id}/edit")
    String edit(@PathVariable UUID id, Scope scope, Authentication who, Model model) {
        var doc = access.editable(id, scope, who);
        if (!doc.status().editable()) return "redirect:/planning/documents/" + id;
        if (!model.containsAttribute("doc")) model.addAttribute("doc", doc);
        model.addAttribute("template", settings.template(doc.type()));
        model.addAttribute("review", remarks.latest(id).orElse(null));
        model.addAttribute("library", library(doc));
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        return "planning/edit";
    }

    @PostMapping("/planning/documents/{id}")
    String save(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Scope scope,
            Authentication who,
            RedirectAttributes redirect,
            Model model) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var doc = access.editable(id, scope, who);
        var parsed = ContentForm.parse(settings.template(doc.type()), form);
        var problems = problems(parsed.problems(), locale);
        if (doc.type().municipal()) problems.addAll(unknownSchools(parsed.content(), doc.schoolPath(), locale));
        var from = date(ContentForm.value(form, "periodFrom", 0), doc.periodFrom(), problems, locale);
        var to = date(ContentForm.value(form, "periodTo", 0), doc.periodTo(), problems, locale);
        String title = ContentForm.value(form, "title", 0).strip();
        var edited = new Document(
                doc.id(),
                doc.schoolId(),
                doc.schoolPath(),
                doc.year(),
                doc.type(),
                doc.riskFactor(),
                title.isEmpty() ? doc.title() : title,
                from,
                to,
                doc.status(),
                parsed.content(),
                doc.version(),
                doc.submittedNumber(),
                doc.approvedNumber(),
                doc.updatedBy(),
                doc.updatedAt());
        if (!problems.isEmpty()) {
            model.addAttribute("doc", edited);
            model.addAttribute("problems", problems);
            return edit(id, scope, who, model);
        }
        // a missing or forged version cannot match, so it is treated as someone else's change
        int expected = java.util.Objects.requireNonNullElse(integer(form.getFirst("version")), -1);
        try {
            documents.save(edited, expected, who.getName());
        } catch (DocumentChanged e) {
            model.addAttribute("doc", edited);
            model.addAttribute(
                    "problems", List.of(messages.getMessage("planning.conflict", new Object[] {e.by()}, locale)));
            return edit(id, scope, who, model);
        }
        if ("submit".equals(form.getFirst("action"))) return transition(id, "SUBMIT", "", scope, who, redirect);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/planning/documents/" + id + "/edit";
    }

    private static final List<Transition> SCHOOL_STEPS =
            List.of(Transition.SUBMIT, Transition.START, Transition.COMPLETE, Transition.AMEND);

    @PostMapping("/planning/documents/{id}/transition")
    String transition(
            @PathVariable UUID id,
            @RequestParam String transition,
            @RequestParam(defaultValue = "") String note,
            Scope scope,
            Authentication who,
            RedirectAttributes redirect) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        // the school's own steps only: the expert's and the region's have their own pages
        var t = SCHOOL_STEPS.stream()
                .filter(s -> s.name().equals(transition))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        access.editable(id, scope, who);
        try {
            documents.apply(id, t, who.getName(), note);
            redirect.addFlashAttribute("done", t.name());
        } catch (DocumentRefused e) {
            redirect.addFlashAttribute(
                    "problems",
                    e.reasons().stream()
                            .map(r -> messages.getMessage(r, null, locale))
                            .toList());
        }
        return "redirect:/planning/documents/" + id;
    }

    /** A municipal roadmap's row may name only the municipality's schools. */
    private List<String> unknownSchools(Content content, OrgPath municipalityPath, Locale locale) {
        var problems = new java.util.ArrayList<String>();
        int n = 0;
        for (Content.Measure m : content.measures()) {
            n++;
            for (String code : m.schools())
                if (orgUnits.findByCode(ru.opora.orgunits.OrgUnitKind.SCHOOL, code)
                        .filter(s -> municipalityPath.contains(s.path()))
                        .isEmpty())
                    problems.add(messages.getMessage("planning.form.unknownSchool", new Object[] {n, code}, locale));
        }
        return problems;
    }

    private List<String> problems(List<ContentForm.Problem> found, Locale locale) {
        var problems = new java.util.ArrayList<String>();
        for (var p : found)
            problems.add(messages.getMessage(
                    "planning.form.unreadable",
                    new Object[] {
                        messages.getMessage("planning.table." + p.table(), null, locale),
                        p.row(),
                        messages.getMessage("planning.column." + p.column(), null, locale),
                        p.value()
                    },
                    locale));
        return problems;
    }

    private java.time.LocalDate date(String text, java.time.LocalDate fallback, List<String> problems, Locale locale) {
        if (text.isBlank()) return fallback;
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(messages.getMessage("planning.form.period", new Object[] {text}, locale));
            return fallback;
        }
    }

    /** The recommended measures of the programme's risk, or of every chosen risk for the other documents. */
    private List<String> library(Document doc) {
        var chosen = doc.riskFactor() != null ? List.of(doc.riskFactor()) : risks.chosen(doc.schoolId(), doc.year());
        var regionId = doc.schoolPath().regionId();
        return risks.factors(regionId, doc.year()).stream()
                .filter(f -> chosen.contains(f.code()))
                .flatMap(f -> f.measures().stream())
                .toList();
    }

    static @Nullable Integer integer(@Nullable String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
