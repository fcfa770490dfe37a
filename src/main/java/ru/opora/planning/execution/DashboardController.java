package ru.opora.planning.execution;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.planning.documents.Document;
import ru.opora.planning.documents.DocumentType;
import ru.opora.planning.documents.SchoolDocuments;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/**
 * The overview of every school with documents in the reader's scope: where each document stands,
 * overdue measures and §6.9's rates, by school and by municipality. A curator's scope is their
 * caseload, so the same page is the curator's «what is mine to watch».
 */
@Controller
class DashboardController {

    private final SchoolDocuments documents;
    private final ExecutionRates rates;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final Clock clock;
    private final ru.opora.support.VisitLog visits;

    DashboardController(
            SchoolDocuments documents,
            ExecutionRates rates,
            OrgUnits orgUnits,
            MessageSource messages,
            Clock clock,
            ru.opora.support.VisitLog visits) {
        this.visits = visits;
        this.documents = documents;
        this.rates = rates;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.clock = clock;
    }

    /** A school's line: its documents by type (anti-risk programmes as a list) and its measures' counts. */
    public record Line(OrgUnitRef school, Map<DocumentType, List<Document>> documents, ExecutionRates.Counts counts) {

        public List<Document> of(String type) {
            return documents.getOrDefault(DocumentType.valueOf(type), List.of());
        }

        public long submitted() {
            return documents.values().stream()
                    .flatMap(List::stream)
                    .filter(d -> d.status().name().equals("SUBMITTED")
                            || d.status().name().equals("UNDER_REVIEW"))
                    .count();
        }
    }

    /** A municipality's line. */
    public record Territory(OrgUnitRef municipality, ExecutionRates.Counts counts) {}

    @GetMapping("/planning/dashboard")
    String dashboard(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable LocalDate date,
            Scope scope,
            Model model) {
        int cohort = year == null ? Year.now(clock).getValue() : year;
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        var r = rates.on(scope, day);
        model.addAttribute("year", cohort);
        model.addAttribute("date", day);
        model.addAttribute("territories", territories(r));
        model.addAttribute("all", r.all());
        var lines = lines(scope, cohort, r);
        model.addAttribute("lines", lines);
        model.addAttribute(
                "lastVisits",
                visits.lastVisits(lines.stream().map(l -> l.school().id()).toList()));
        return "planning/dashboard";
    }

    @GetMapping("/planning/dashboard.xlsx")
    void export(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable LocalDate date,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        int cohort = year == null ? Year.now(clock).getValue() : year;
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        var rows = new ArrayList<List<?>>();
        for (Line l : lines(scope, cohort, rates.on(scope, day))) {
            var row =
                    new ArrayList<Object>(List.of(l.school().code(), l.school().name()));
            for (DocumentType t : DocumentType.values())
                row.add(String.join(
                        ", ",
                        l.documents().getOrDefault(t, List.of()).stream()
                                .map(d -> msg("planning.status." + d.status(), locale))
                                .toList()));
            row.add(l.counts().total());
            row.add(l.counts().overdue());
            row.add(
                    l.counts().executionRate() == null
                            ? ""
                            : Math.round(l.counts().executionRate() * 10) / 10.0);
            row.add(l.counts().onTimeRate() == null ? "" : Math.round(l.counts().onTimeRate() * 10) / 10.0);
            rows.add(row);
        }
        var headers = new ArrayList<String>(List.of(msg("school.code", locale), msg("results.school", locale)));
        for (DocumentType t : DocumentType.values()) headers.add(msg("planning.type." + t, locale));
        headers.addAll(List.of(
                msg("planning.dashboard.measures", locale),
                msg("planning.dashboard.overdue", locale),
                msg("planning.dashboard.execution", locale),
                msg("planning.dashboard.onTime", locale)));
        XlsxTableWriter.download(
                response,
                "plans-" + cohort + "-" + day + ".xlsx",
                new Table(msg("planning.dashboard", locale), headers, rows));
    }

    private List<Line> lines(Scope scope, int year, ExecutionRates.Rates r) {
        var bySchool = new LinkedHashMap<UUID, Map<DocumentType, List<Document>>>();
        for (Document d : documents.inScope(scope, year))
            bySchool.computeIfAbsent(d.schoolId(), k -> new HashMap<>())
                    .computeIfAbsent(d.type(), k -> new ArrayList<>())
                    .add(d);
        r.schools().keySet().forEach(id -> bySchool.computeIfAbsent(id, k -> new HashMap<>()));
        return orgUnits.byIds(bySchool.keySet()).stream()
                .sorted(java.util.Comparator.comparing(OrgUnitRef::code))
                .map(s ->
                        new Line(s, bySchool.get(s.id()), r.schools().getOrDefault(s.id(), ExecutionRates.Counts.ZERO)))
                .toList();
    }

    private List<Territory> territories(ExecutionRates.Rates r) {
        return orgUnits.byIds(r.municipalities().keySet()).stream()
                .filter(m -> m.kind() == OrgUnitKind.MUNICIPALITY)
                .sorted(java.util.Comparator.comparing(OrgUnitRef::name))
                .map(m -> new Territory(m, r.municipalities().get(m.id())))
                .toList();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
