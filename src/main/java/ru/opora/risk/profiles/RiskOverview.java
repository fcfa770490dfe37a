package ru.opora.risk.profiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.Factor;
import ru.opora.risk.engine.Level;
import ru.opora.risk.engine.RiskCatalogue;
import ru.opora.shared.Chart;
import ru.opora.shared.Paging;
import ru.opora.shared.Table;

/**
 * The scope's risk profiles at a glance: the heatmap of schools × factors (optionally one
 * municipality's, or the ШНОР only), how often each factor occurs among ШНОР and the other schools,
 * and both as Excel.
 */
@Component
class RiskOverview {

    /** What the heatmap page is asked for. */
    record Query(
            @Nullable Integer year,
            @Nullable UUID municipality,
            @Nullable Boolean shnor,
            @Nullable String q,
            @Nullable String sort,
            @Nullable Integer page) {

        public boolean onlyShnor() {
            return Boolean.TRUE.equals(shnor);
        }
    }

    /**
     * A heatmap line as drawn: each cell's class, title and text worked out once per level here,
     * not by four template expressions per cell (339 schools × 11 factors made the page's drawing
     * its largest cost under load, issue #15).
     */
    record Line(Heatmap.Row row, String shnor, List<Cell> cells) {

        /**
         * The line's factor cells as HTML, escaped: drawn here rather than by the template cell by
         * cell (a page of a hundred schools by eleven factors was most of the overview's time).
         */
        public String cellsHtml() {
            var html = new StringBuilder(cells.size() * 64);
            for (Cell c : cells)
                html.append("<td class=\"")
                        .append(org.springframework.web.util.HtmlUtils.htmlEscape(c.css(), "UTF-8"))
                        .append("\" title=\"")
                        .append(org.springframework.web.util.HtmlUtils.htmlEscape(c.title(), "UTF-8"))
                        .append("\">")
                        .append(org.springframework.web.util.HtmlUtils.htmlEscape(c.text(), "UTF-8"))
                        .append("</td>");
            return html.toString();
        }
    }

    record Cell(String css, String title, String text) {}

    record Page(
            Cohort cohort,
            List<Integer> years,
            RiskCatalogue catalogue,
            List<Line> rows,
            Paging.Slice<Heatmap.Row> slice,
            List<Heatmap.Frequency> frequencies,
            Chart chart,
            List<OrgUnitRef> municipalities,
            boolean regionWide) {}

    private final CohortYears cohorts;
    private final Catalogues catalogues;
    private final Heatmap heatmap;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    RiskOverview(
            CohortYears cohorts, Catalogues catalogues, Heatmap heatmap, OrgUnits orgUnits, MessageSource messages) {
        this.cohorts = cohorts;
        this.catalogues = catalogues;
        this.heatmap = heatmap;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    /** The one school a school's staff see, whose profile the overview opens instead. */
    Optional<OrgUnitRef> ownSchool(Scope scope) {
        var schools = orgUnits.inScope(OrgUnitKind.SCHOOL, scope);
        return schools.size() == 1 && scope.paths().size() == 1 ? Optional.of(schools.getFirst()) : Optional.empty();
    }

    Cohort cohort(Scope scope, @Nullable Integer year) {
        return cohorts.of(scope, year);
    }

    Page page(Query query, Scope scope, Locale locale) {
        var cohort = cohorts.of(scope, query.year());
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var within = narrow(scope, query.municipality());
        // one read of the profiles serves the frequencies (all schools) and the heatmap (maybe ШНОР only)
        var all = heatmap.rows(within, cohort.year(), catalogue, false);
        var frequencies = Heatmap.frequencies(all, catalogue);
        var slice = HeatmapPaging.slice(
                query.onlyShnor() ? all.stream().filter(Heatmap.Row::isShnor).toList() : all,
                query.q(),
                query.sort(),
                query.page());
        return new Page(
                cohort,
                cohorts.choices(cohort),
                catalogue,
                lines(slice.rows(), locale),
                slice,
                frequencies,
                chart(frequencies, catalogue, locale),
                orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope),
                scope.isRegionWide());
    }

    private List<Line> lines(List<Heatmap.Row> rows, Locale locale) {
        var plain = new java.util.EnumMap<Level, Cell>(Level.class);
        var chosen = new java.util.EnumMap<Level, Cell>(Level.class);
        for (Level l : Level.values()) {
            String css = "level level-" + l;
            String title = msg("risk.level." + l, locale);
            String text = msg("risk.level.short." + l, locale);
            plain.put(l, new Cell(css, title, text));
            chosen.put(l, new Cell(css, title, "✔ " + text));
        }
        var lines = new ArrayList<Line>(rows.size());
        for (Heatmap.Row r : rows) {
            var cells = new ArrayList<Cell>(r.levels().size());
            for (int i = 0; i < r.levels().size(); i++)
                cells.add((r.chosen().get(i) ? chosen : plain).get(r.levels().get(i)));
            lines.add(new Line(r, r.shnor() == null ? "" : msg("shnor.state." + r.shnor(), locale), cells));
        }
        return lines;
    }

    Table heatmapTable(Query query, Scope scope, Locale locale) {
        var cohort = cohorts.of(scope, query.year());
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var headers = new ArrayList<>(
                Table.headers(messages, locale, "school.code", "results.school", "school.municipality", "shnor.state"));
        for (Factor f : catalogue.factors()) headers.add(f.name(locale));
        var rows = new ArrayList<List<?>>();
        for (Heatmap.Row r :
                heatmap.rows(narrow(scope, query.municipality()), cohort.year(), catalogue, query.onlyShnor())) {
            var row = new ArrayList<Object>(Arrays.asList(
                    r.code(),
                    r.name(),
                    r.municipality(),
                    r.shnor() == null ? "" : msg("shnor.state." + r.shnor(), locale)));
            for (int i = 0; i < r.levels().size(); i++)
                row.add(msg("risk.level." + r.levels().get(i), locale)
                        + (r.chosen().get(i) ? " ✔" : ""));
            rows.add(row);
        }
        return new Table(msg("risk.heatmap", locale), headers, rows);
    }

    Table frequencyTable(Query query, Scope scope, Locale locale) {
        var cohort = cohorts.of(scope, query.year());
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var rows = new ArrayList<List<?>>();
        for (Heatmap.Frequency f : Heatmap.frequencies(
                heatmap.rows(narrow(scope, query.municipality()), cohort.year(), catalogue, false), catalogue))
            rows.add(List.of(
                    catalogue.factor(f.factorCode()).orElseThrow().name(locale),
                    f.shnorCount(),
                    f.shnorSchools(),
                    f.shnorShare(),
                    f.otherCount(),
                    f.otherSchools(),
                    f.otherShare()));
        var headers = Table.headers(
                messages,
                locale,
                "risk.factor",
                "risk.frequency.shnorCount",
                "risk.frequency.shnorSchools",
                "risk.frequency.shnorShare",
                "risk.frequency.otherCount",
                "risk.frequency.otherSchools",
                "risk.frequency.otherShare");
        return new Table(msg("risk.frequency", locale), headers, rows);
    }

    private Scope narrow(Scope scope, @Nullable UUID municipality) {
        if (municipality == null) return scope;
        return orgUnits.find(municipality).map(m -> scope.narrowTo(m.path())).orElse(scope);
    }

    private Chart chart(List<Heatmap.Frequency> frequencies, RiskCatalogue catalogue, Locale locale) {
        var labels = new ArrayList<String>();
        var shnor = new ArrayList<Double>();
        var other = new ArrayList<Double>();
        for (Heatmap.Frequency f : frequencies) {
            labels.add(catalogue.factor(f.factorCode()).orElseThrow().name(locale));
            shnor.add(f.shnorShare());
            other.add(f.otherShare());
        }
        return Chart.bars(
                        labels,
                        List.of(
                                Chart.Dataset.of(msg("risk.frequency.shnor", locale), shnor)
                                        .colour("#c0392b"),
                                Chart.Dataset.of(msg("risk.frequency.other", locale), other)
                                        .colour("#7f8c8d")))
                .horizontal()
                .percent();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
