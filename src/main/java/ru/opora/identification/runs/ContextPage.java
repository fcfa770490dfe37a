package ru.opora.identification.runs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SchoolResults;
import ru.opora.identification.engine.ContextModel;
import ru.opora.identification.engine.ResidualBands;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.SchoolContext;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;
import ru.opora.shared.Table;

/**
 * Context-adjusted expectations: the model explained, and the scope's schools by their gap to
 * what their context predicts. Schools far better than expected are candidate tutor schools; far
 * worse ones are highlighted.
 */
@Component
class ContextPage {

    /** A school's line: names, context, gap, and the codes of its open or confirmed objectivity flags. */
    record Line(String code, String name, SchoolContext context, ContextModel.Gap gap, List<String> flags) {}

    /** The page; without a fit when the region has no ВПР year yet. */
    record Page(
            List<Integer> years,
            @Nullable Integer year,
            double z,
            ContextModel.@Nullable Fit fit,
            List<Line> better,
            List<Line> betterInDoubt,
            List<Line> worse,
            List<Line> all,
            List<ResidualBands.Band> byExpected,
            List<ResidualBands.Band> byIndex) {

        /** Whether some fifth of the schools is off by more than chance. */
        public boolean systematic() {
            return byExpected.stream().anyMatch(ResidualBands.Band::systematic)
                    || byIndex.stream().anyMatch(ResidualBands.Band::systematic);
        }
    }

    private final ContextFit contextFit;
    private final SchoolResults results;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final ru.opora.identification.ObjectivityConcerns concerns;

    ContextPage(
            ContextFit contextFit,
            SchoolResults results,
            OrgUnits orgUnits,
            MessageSource messages,
            ru.opora.identification.ObjectivityConcerns concerns) {
        this.contextFit = contextFit;
        this.results = results;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.concerns = concerns;
    }

    Page page(@Nullable Integer year, double z, Scope scope) {
        var region = scope.region();
        var available = results.years(region);
        if (available.isEmpty())
            return new Page(available, null, z, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        int chosen = year != null && available.contains(year) ? year : available.getFirst();
        var fitted = contextFit.of(region, chosen);
        Map<UUID, OrgUnitRef> names = new HashMap<>();
        for (OrgUnitRef r : orgUnits.byIds(
                fitted.fit().gaps().stream().map(ContextModel.Gap::schoolId).toList())) names.put(r.id(), r);
        var doubtful = concerns.of(region, chosen);
        var lines = new ArrayList<Line>();
        for (var g : fitted.fit().gaps()) {
            var ref = names.get(g.schoolId());
            var context = fitted.contexts().get(g.schoolId());
            if (ref == null || context == null || !scope.permits(ref.path())) continue;
            lines.add(new Line(ref.code(), ref.name(), context, g, doubtful.getOrDefault(g.schoolId(), List.of())));
        }
        lines.sort(Comparator.comparingDouble(l -> l.gap().z()));
        // a school whose results are in doubt is never held up as better than expected (issue #16)
        return new Page(
                available,
                chosen,
                z,
                fitted.fit(),
                lines.stream()
                        .filter(l -> l.gap().z() <= -z && l.flags().isEmpty())
                        .toList(),
                lines.stream()
                        .filter(l -> l.gap().z() <= -z && !l.flags().isEmpty())
                        .toList(),
                lines.stream()
                        .filter(l -> l.gap().z() >= z)
                        .sorted(Comparator.comparingDouble(l -> -l.gap().z()))
                        .toList(),
                lines,
                ResidualBands.byExpected(fitted.fit()),
                ResidualBands.of(
                        fitted.fit().gaps(), fitted.index(), fitted.fit().residualSd()));
    }

    /** Every school of the scope with its measured and expected share of «2» and the gap. */
    Table table(@Nullable Integer year, Scope scope, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (Line l : page(year, 1.5, scope).all())
            rows.add(List.of(
                    l.code(),
                    l.name(),
                    Formats.round(l.gap().measured(), 1),
                    Formats.round(l.gap().expected(), 1),
                    Formats.round(l.gap().z(), 1)));
        var headers = Table.headers(
                messages,
                locale,
                "school.code",
                "results.school",
                "context.measured",
                "context.expected",
                "context.gap");
        return new Table(messages.getMessage("context.title", null, locale), headers, rows);
    }
}
