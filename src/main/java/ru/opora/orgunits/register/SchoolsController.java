package ru.opora.orgunits.register;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.SchoolKind;
import ru.opora.orgunits.Scope;
import ru.opora.orgunits.Settlement;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/** The schools list with search and filters, its Excel export, and the school card. */
@Controller
class SchoolsController {

    private final SchoolQueries queries;
    private final Schools schools;
    private final Municipalities municipalities;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    SchoolsController(
            SchoolQueries queries,
            Schools schools,
            Municipalities municipalities,
            OrgUnits orgUnits,
            MessageSource messages) {
        this.queries = queries;
        this.schools = schools;
        this.municipalities = municipalities;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    @GetMapping("/schools")
    String list(SchoolFilter filter, Scope scope, Model model) {
        checkMunicipality(filter, scope);
        model.addAttribute("filter", filter);
        model.addAttribute("result", queries.page(filter, scope));
        model.addAttribute("municipalities", orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope));
        model.addAttribute("kinds", SchoolKind.values());
        model.addAttribute("settlements", Settlement.values());
        model.addAttribute("levels", List.of("НОО", "ООО", "СОО"));
        return "orgunits/schools";
    }

    @GetMapping("/schools/export")
    void export(SchoolFilter filter, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        checkMunicipality(filter, scope);
        var rows = new ArrayList<List<?>>();
        for (var s : queries.all(filter, scope)) {
            rows.add(java.util.Arrays.asList(
                    s.code(),
                    s.shortName(),
                    s.municipality(),
                    msg(s.kind().messageKey(), locale),
                    msg(s.settlement().messageKey(), locale),
                    s.levels(),
                    s.students(),
                    s.teachers(),
                    s.shareOvz(),
                    s.small(),
                    s.correctional(),
                    s.adverse(),
                    s.branchOfCode()));
        }
        List<String> headers = List.of(
                        "school.code",
                        "school.shortName",
                        "school.municipality",
                        "school.kind",
                        "school.settlement",
                        "school.levels",
                        "school.students",
                        "school.teachers",
                        "school.shareOvz",
                        "school.small",
                        "school.correctional",
                        "school.adverse",
                        "school.branchOf")
                .stream()
                .map(k -> msg(k, locale))
                .toList();
        XlsxTableWriter.download(response, "schools.xlsx", new Table(msg("schools.title", locale), headers, rows));
    }

    @GetMapping("/schools/{id}")
    String card(@PathVariable UUID id, Scope scope, Model model) {
        var located = schools.find(id)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        if (!scope.permits(located.path())) throw new AccessDeniedException("school " + id + " is outside the scope");
        School school = located.school();
        model.addAttribute("school", school);
        model.addAttribute(
                "municipality",
                municipalities
                        .find(school.municipalityId())
                        .map(m -> m.municipality())
                        .orElseThrow());
        model.addAttribute(
                "head",
                school.branchOf() == null
                        ? null
                        : queries.line(school.branchOf(), scope).orElse(null));
        model.addAttribute("branches", queries.branches(id, scope));
        return "orgunits/school";
    }

    /** A municipality filter outside the scope is refused, not silently emptied. */
    private void checkMunicipality(SchoolFilter filter, Scope scope) {
        if (filter.municipality() == null) return;
        var m = municipalities
                .find(filter.municipality())
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        if (!scope.permits(m.path())) throw new AccessDeniedException("municipality outside the scope");
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
