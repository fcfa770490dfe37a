package ru.opora.monitoring.campaigns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.monitoring.indicators.Indicator;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Chart;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;

/**
 * A school's indicators across the campaigns it took part in: each against its baseline (the first
 * campaign's value) and target, with where it stands — target reached, progressing, no progress,
 * worse — and a chart of the dynamics. Returned values do not count; entered ones not yet checked do.
 */
@Component
class SchoolDynamics {

    /** Where an indicator stands now against its baseline and target. */
    enum Standing {
        REACHED,
        PROGRESS,
        NO_PROGRESS,
        WORSE,
        NO_DATA
    }

    /** One indicator's values by campaign (null where none), its baseline, latest value and standing. */
    record Line(
            Indicator indicator,
            List<@Nullable Double> values,
            @Nullable Double baseline,
            @Nullable Double latest,
            Standing standing) {}

    /**
     * @param programme what the school's programmes of the newest cohort say of each indicator they
     *     name, by indicator code: «document: baseline → target»
     */
    record Page(
            OrgUnitRef school,
            List<Campaign> campaigns,
            List<Line> lines,
            Chart chart,
            Map<String, List<String>> programme) {

        public List<String> programme(String code) {
            return programme.getOrDefault(code, List.of());
        }
    }

    private final Campaigns campaigns;
    private final CampaignValues values;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final CampaignPages pages;
    private final ru.opora.planning.PlanFigures plans;

    SchoolDynamics(
            ru.opora.planning.PlanFigures plans,
            Campaigns campaigns,
            CampaignValues values,
            OrgUnits orgUnits,
            MessageSource messages,
            CampaignPages pages) {
        this.campaigns = campaigns;
        this.values = values;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.pages = pages;
        this.plans = plans;
    }

    Page page(UUID schoolId, Scope scope, Locale locale) {
        var school =
                orgUnits.find(schoolId).filter(s -> scope.permits(s.path())).orElseThrow(NotFound::new);
        var own = Scope.of(school.path());
        var taken = new ArrayList<Campaign>();
        var bySchool = new ArrayList<Map<String, CampaignValues.Value>>();
        var list = new ArrayList<>(campaigns.list(scope.regionId()));
        list.sort(java.util.Comparator.comparing(Campaign::cohortYear).thenComparing(Campaign::opensOn));
        for (Campaign c : list) {
            if (c.status() == Campaign.Status.DRAFT
                    || !campaigns.schools(c, own).containsKey(schoolId)) continue;
            taken.add(c);
            bySchool.add(values.of(c, own).getOrDefault(schoolId, Map.of()));
        }
        var indicators = new LinkedHashMap<String, Indicator>();
        for (Campaign c : taken) for (Indicator i : c.indicators()) indicators.putIfAbsent(i.code(), i);
        var lines = new ArrayList<Line>();
        for (Indicator i : indicators.values()) {
            var series = new ArrayList<@Nullable Double>();
            for (var v : bySchool) {
                var value = v.get(i.code());
                series.add(value == null || value.status() == CampaignValues.Status.REJECTED ? null : value.value());
            }
            lines.add(line(i, series));
        }
        return new Page(school, taken, lines, chart(taken, lines, locale), programme(schoolId, taken, locale));
    }

    private Map<String, List<String>> programme(UUID schoolId, List<Campaign> taken, Locale locale) {
        var programme = new LinkedHashMap<String, List<String>>();
        if (taken.isEmpty()) return programme;
        int year = taken.getLast().cohortYear();
        for (var t : plans.targets(schoolId, year))
            programme
                    .computeIfAbsent(t.code(), k -> new ArrayList<>())
                    .add(messages.getMessage(
                            "monitoring.programme.line",
                            new Object[] {
                                t.document(),
                                t.baseline() == null ? "—" : ru.opora.shared.Formats.plain(t.baseline()),
                                t.target() == null ? "—" : ru.opora.shared.Formats.plain(t.target())
                            },
                            locale));
        return programme;
    }

    static Line line(Indicator i, List<@Nullable Double> series) {
        Double baseline =
                series.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Double latest = null;
        for (Double v : series) if (v != null) latest = v;
        Standing standing;
        if (latest == null) standing = Standing.NO_DATA;
        else if (i.reaches(latest)) standing = Standing.REACHED;
        else {
            int movement = i.movement(baseline, latest);
            standing = movement > 0 ? Standing.PROGRESS : movement < 0 ? Standing.WORSE : Standing.NO_PROGRESS;
        }
        return new Line(i, series, baseline, latest, standing);
    }

    private Chart chart(List<Campaign> taken, List<Line> lines, Locale locale) {
        var labels = taken.stream().map(c -> pages.title(c, locale)).toList();
        var datasets = new ArrayList<Chart.Dataset>();
        for (Line l : lines)
            if (l.indicator().unit() == Indicator.Unit.PERCENT && l.latest() != null)
                datasets.add(Chart.Dataset.of(l.indicator().name(), l.values(), 1));
        return Chart.lines(labels, datasets).percent();
    }

    /** The page's table for Excel: an indicator per row, a campaign per column. */
    Table table(UUID schoolId, Scope scope, Locale locale) {
        var page = page(schoolId, scope, locale);
        var headers = new ArrayList<String>();
        headers.add(messages.getMessage("monitoring.indicator", null, locale));
        headers.add(messages.getMessage("monitoring.target", null, locale));
        for (Campaign c : page.campaigns()) headers.add(pages.title(c, locale));
        headers.add(messages.getMessage("monitoring.standing", null, locale));
        headers.add(messages.getMessage("monitoring.programme", null, locale));
        var rows = new ArrayList<List<?>>();
        for (Line l : page.lines()) {
            var row = new ArrayList<@Nullable Object>();
            row.add(l.indicator().name());
            row.add(l.indicator().target());
            row.addAll(l.values());
            row.add(messages.getMessage("monitoring.standing." + l.standing(), null, locale));
            row.add(String.join("; ", page.programme(l.indicator().code())));
            rows.add(row);
        }
        return new Table(page.school().name(), headers, rows);
    }
}
