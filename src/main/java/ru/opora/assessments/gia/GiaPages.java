package ru.opora.assessments.gia;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;
import ru.opora.shared.Table;

/** What the ОГЭ/ЕГЭ page shows and exports: the series in the reader's scope and one series' schools. */
@Component
class GiaPages {

    /** A school's line: its name beside its row. */
    record Line(String code, String name, GiaRow row) {}

    /** The chosen exam, year and subject from the query string. */
    record Choice(
            @Nullable String exam,
            @Nullable Integer year,
            @Nullable String subject,
            @Nullable UUID municipality,
            GiaResults.@Nullable Order sort,
            @Nullable Integer page) {

        static final Choice NONE = new Choice(null, null, null, null, null, null);

        boolean chooses(GiaResults.Series s) {
            return s.exam().equals(exam)
                    && year != null
                    && s.year() == year
                    && s.subjectCode().equals(subject);
        }
    }

    /**
     * The page: every series, the chosen one (the first when none is asked for) and its schools;
     * for a region-wide reader the municipalities to filter by and the one chosen.
     */
    record Page(
            List<Group> groups,
            GiaResults.@Nullable Series chosen,
            List<Line> lines,
            List<OrgUnitRef> municipalities,
            @Nullable UUID municipality,
            GiaResults.Order sort,
            int page,
            int pages,
            int total) {

        public boolean empty() {
            return groups.isEmpty();
        }
    }

    /** The series of one exam and year, shown on one line rather than a link per subject and year. */
    record Group(String exam, int year, List<GiaResults.Series> series) {}

    static final int SIZE = 100;

    private final GiaResults results;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    GiaPages(GiaResults results, OrgUnits orgUnits, MessageSource messages) {
        this.results = results;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    Page page(Choice choice, Scope readersScope) {
        var scope = narrow(readersScope, choice.municipality());
        var series = results.series(scope);
        var chosen = series.stream()
                .filter(choice::chooses)
                .findFirst()
                .or(() -> series.stream().findFirst())
                .orElse(null);
        var sort = choice.sort() == null ? GiaResults.Order.BELOW : choice.sort();
        int page = choice.page() == null ? 0 : Math.max(0, choice.page());
        var slice = chosen == null
                ? new GiaResults.Slice(List.of(), 0)
                : results.slice(scope, chosen, sort, page * SIZE, SIZE);
        if (chosen != null && slice.rows().isEmpty() && page > 0) {
            // a page past the end: the last one
            int total = results.slice(scope, chosen, sort, 0, 1).total();
            page = Math.max(0, (total - 1) / SIZE);
            slice = results.slice(scope, chosen, sort, page * SIZE, SIZE);
        }
        return new Page(
                groups(series),
                chosen,
                named(slice.rows()),
                readersScope.isRegionWide()
                        ? orgUnits.inScope(ru.opora.orgunits.OrgUnitKind.MUNICIPALITY, readersScope)
                        : List.of(),
                choice.municipality(),
                sort,
                page,
                Math.max(1, (slice.total() + SIZE - 1) / SIZE),
                slice.total());
    }

    private static List<Group> groups(List<GiaResults.Series> series) {
        var groups = new java.util.LinkedHashMap<String, Group>();
        for (var s : series)
            groups.computeIfAbsent(
                            s.exam() + " " + s.year(), k -> new Group(s.exam(), s.year(), new java.util.ArrayList<>()))
                    .series()
                    .add(s);
        return List.copyOf(groups.values());
    }

    /** The scope cut to one municipality; one outside the scope, or not a municipality, is not found. */
    private Scope narrow(Scope scope, @Nullable UUID municipality) {
        if (municipality == null) return scope;
        var unit = orgUnits.find(municipality)
                .filter(m -> m.kind() == ru.opora.orgunits.OrgUnitKind.MUNICIPALITY && scope.permits(m.path()))
                .orElseThrow(ru.opora.shared.NotFound::new);
        return scope.narrowTo(unit.path());
    }

    Table export(Choice choice, Scope readersScope, Locale locale) {
        var scope = narrow(readersScope, choice.municipality());
        var c = new GiaResults.Series(
                String.valueOf(choice.exam()),
                choice.year() == null ? 0 : choice.year(),
                String.valueOf(choice.subject()),
                "");
        var rows = lines(scope, c).stream()
                .map(l -> List.of(
                        l.code(),
                        l.name(),
                        l.row().participants(),
                        l.row().belowMinimum(),
                        Formats.round(l.row().belowMinimumShare(), 1),
                        Formats.round(l.row().meanScore().doubleValue(), 1)))
                .toList();
        var headers = Table.headers(
                messages,
                locale,
                "school.code",
                "results.school",
                "results.participants",
                "gia.belowMinimum",
                "gia.belowMinimumShare",
                "gia.meanScore");
        return new Table(c.exam() + " " + c.year() + " " + c.subjectCode(), headers, rows);
    }

    private List<Line> lines(Scope scope, GiaResults.Series c) {
        return named(results.rows(scope, c.exam(), c.year(), c.subjectCode()));
    }

    private List<Line> named(List<GiaRow> rows) {
        Map<UUID, OrgUnitRef> refs = new HashMap<>();
        for (OrgUnitRef r : orgUnits.byIds(rows.stream().map(GiaRow::schoolId).toList())) refs.put(r.id(), r);
        return rows.stream()
                .filter(r -> refs.containsKey(r.schoolId()))
                .map(r -> new Line(
                        refs.get(r.schoolId()).code(), refs.get(r.schoolId()).name(), r))
                .toList();
    }
}
