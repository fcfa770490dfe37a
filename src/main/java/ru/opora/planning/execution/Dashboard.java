package ru.opora.planning.execution;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.planning.documents.Document;
import ru.opora.planning.documents.DocumentStatus;
import ru.opora.planning.documents.DocumentType;
import ru.opora.planning.documents.SchoolDocuments;
import ru.opora.shared.Formats;
import ru.opora.shared.Table;
import ru.opora.support.VisitLog;

/**
 * The overview of every school with documents in the reader's scope: where each document stands,
 * overdue measures and the execution rates, by school and by municipality. A curator's scope is
 * their caseload, so the same page is the curator's «what is mine to watch».
 */
@Component
class Dashboard {

    /** A school's line: its documents by type (anti-risk programmes as a list) and its measures' counts. */
    record Line(OrgUnitRef school, Map<DocumentType, List<Document>> documents, ExecutionRates.Counts counts) {

        public List<Document> of(String type) {
            return documents.getOrDefault(DocumentType.valueOf(type), List.of());
        }

        public long submitted() {
            return documents.values().stream()
                    .flatMap(List::stream)
                    .filter(d -> d.status() == DocumentStatus.SUBMITTED || d.status() == DocumentStatus.UNDER_REVIEW)
                    .count();
        }
    }

    /** A municipality's line. */
    record Territory(OrgUnitRef municipality, ExecutionRates.Counts counts) {}

    /** The dashboard of a cohort year on a day; {@code lastVisits} holds each school's last curator visit. */
    record Page(
            int year,
            LocalDate date,
            List<Territory> territories,
            ExecutionRates.Counts all,
            List<Line> lines,
            Map<UUID, LocalDate> lastVisits) {}

    private final SchoolDocuments documents;
    private final ExecutionRates rates;
    private final OrgUnits orgUnits;
    private final VisitLog visits;
    private final MessageSource messages;
    private final Clock clock;

    Dashboard(
            SchoolDocuments documents,
            ExecutionRates rates,
            OrgUnits orgUnits,
            VisitLog visits,
            MessageSource messages,
            Clock clock) {
        this.documents = documents;
        this.rates = rates;
        this.orgUnits = orgUnits;
        this.visits = visits;
        this.messages = messages;
        this.clock = clock;
    }

    int year(@Nullable Integer year) {
        return year == null ? Year.now(clock).getValue() : year;
    }

    LocalDate day(@Nullable LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }

    Page page(@Nullable Integer year, @Nullable LocalDate date, Scope scope) {
        int cohort = year(year);
        LocalDate day = day(date);
        var r = rates.on(scope, day);
        var lines = lines(scope, cohort, r);
        return new Page(
                cohort,
                day,
                territories(r),
                r.all(),
                lines,
                visits.lastVisits(lines.stream().map(l -> l.school().id()).toList()));
    }

    /** Every school's documents by state and its measures' counts and rates. */
    Table table(int year, LocalDate day, Scope scope, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (Line l : lines(scope, year, rates.on(scope, day))) {
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
                            : Formats.round(l.counts().executionRate(), 1));
            row.add(
                    l.counts().onTimeRate() == null
                            ? ""
                            : Formats.round(l.counts().onTimeRate(), 1));
            rows.add(row);
        }
        var headers = new ArrayList<>(Table.headers(messages, locale, "school.code", "results.school"));
        for (DocumentType t : DocumentType.values()) headers.add(msg("planning.type." + t, locale));
        headers.addAll(Table.headers(
                messages,
                locale,
                "planning.dashboard.measures",
                "planning.dashboard.overdue",
                "planning.dashboard.execution",
                "planning.dashboard.onTime"));
        return new Table(msg("planning.dashboard", locale), headers, rows);
    }

    private List<Line> lines(Scope scope, int year, ExecutionRates.Rates r) {
        var bySchool = new LinkedHashMap<UUID, Map<DocumentType, List<Document>>>();
        for (Document d : documents.inScope(scope, year))
            bySchool.computeIfAbsent(d.schoolId(), k -> new HashMap<>())
                    .computeIfAbsent(d.type(), k -> new ArrayList<>())
                    .add(d);
        r.schools().keySet().forEach(id -> bySchool.computeIfAbsent(id, k -> new HashMap<>()));
        return orgUnits.byIds(bySchool.keySet()).stream()
                .sorted(Comparator.comparing(OrgUnitRef::code))
                .map(s ->
                        new Line(s, bySchool.get(s.id()), r.schools().getOrDefault(s.id(), ExecutionRates.Counts.ZERO)))
                .toList();
    }

    private List<Territory> territories(ExecutionRates.Rates r) {
        return orgUnits.byIds(r.municipalities().keySet()).stream()
                .filter(m -> m.kind() == OrgUnitKind.MUNICIPALITY)
                .sorted(Comparator.comparing(OrgUnitRef::name))
                .map(m -> new Territory(m, r.municipalities().get(m.id())))
                .toList();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
