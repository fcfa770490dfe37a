package ru.opora.planning.execution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.planning.documents.DocumentAccess;

/** Measures in execution: the list of a reader's scope (the curator's «what is late») and a document's measures with their actions. */
@Controller
class MeasureController {

    private final Measures measures;
    private final DocumentAccess access;
    private final OrgUnits orgUnits;

    MeasureController(Measures measures, DocumentAccess access, OrgUnits orgUnits) {
        this.measures = measures;
        this.access = access;
        this.orgUnits = orgUnits;
    }

    /** A measure with its school's name, for lists across schools. */
    public record Line(Measures.Measure measure, String school) {}

    @GetMapping("/planning/measures")
    String list(@RequestParam(defaultValue = "false") boolean overdue, Scope scope, Authentication who, Model model) {
        if (!DocumentAccess.has(who, Permission.PLAN_VIEW)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        var found = measures.inScope(scope, overdue);
        Map<UUID, String> names = new HashMap<>();
        for (OrgUnitRef s : orgUnits.byIds(
                found.stream().map(Measures.Measure::schoolId).distinct().toList()))
            names.put(s.id(), s.code() + " " + s.name());
        model.addAttribute(
                "lines",
                found.stream()
                        .map(m -> new Line(m, names.getOrDefault(m.schoolId(), "")))
                        .toList());
        model.addAttribute("overdue", overdue);
        return "planning/measures";
    }

    @GetMapping("/planning/documents/{id}/measures")
    String ofDocument(@PathVariable UUID id, Scope scope, Authentication who, Model model) {
        var doc = access.readable(id, scope, who);
        model.addAttribute("doc", doc);
        model.addAttribute("measures", measures.ofDocument(id));
        model.addAttribute("canAct", DocumentAccess.has(who, Permission.MEASURE_EXECUTE));
        return "planning/document-measures";
    }

    /** An action on a measure, with the version it was read at. */
    record ActionForm(
            MeasureStatus.Action action,
            int version,
            @org.jspecify.annotations.Nullable String reason) {}

    @PostMapping("/planning/measures/{id}")
    String act(
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.ModelAttribute ActionForm form,
            Scope scope,
            Authentication who,
            RedirectAttributes redirect) {
        if (!DocumentAccess.has(who, Permission.MEASURE_EXECUTE))
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        measures.inScope(id, scope);
        String refusal = measures.act(
                id,
                form.action(),
                form.version(),
                who.getName(),
                form.reason() == null ? "" : form.reason().strip());
        if (refusal != null) redirect.addFlashAttribute("problems", List.of(refusal));
        return "redirect:/planning/measures/" + id;
    }
}
