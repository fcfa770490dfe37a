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
            @Nullable UUID municipality) {

        static final Choice NONE = new Choice(null, null, null, null);

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
            List<GiaResults.Series> series,
            GiaResults.@Nullable Series chosen,
            List<Line> lines,
            List<OrgUnitRef> municipalities,
            @Nullable UUID municipality) {}

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
                .or(() -> series.stream().findFirst());
        return new Page(
                series,
                chosen.orElse(null),
                chosen.map(c -> lines(scope, c)).orElse(List.of()),
                readersScope.isRegionWide()
                        ? orgUnits.inScope(ru.opora.orgunits.OrgUnitKind.MUNICIPALITY, readersScope)
                        : List.of(),
                choice.municipality());
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
        var rows = results.rows(scope, c.exam(), c.year(), c.subjectCode());
        Map<UUID, OrgUnitRef> refs = new HashMap<>();
        for (OrgUnitRef r : orgUnits.byIds(rows.stream().map(GiaRow::schoolId).toList())) refs.put(r.id(), r);
        return rows.stream()
                .filter(r -> refs.containsKey(r.schoolId()))
                .map(r -> new Line(
                        refs.get(r.schoolId()).code(), refs.get(r.schoolId()).name(), r))
                .toList();
    }
}
