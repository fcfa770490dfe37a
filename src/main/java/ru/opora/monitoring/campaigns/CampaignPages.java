package ru.opora.monitoring.campaigns;

import java.util.ArrayList;
import java.util.HashMap;
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
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;

/** What the monitoring pages show: the campaigns, one campaign's schools and values, one school's form. */
@Component
class CampaignPages {

    /** A campaign in the list with its counts in the reader's scope. */
    record Line(Campaign campaign, int schools, int entered, int confirmed, int rejected) {}

    record Index(List<Line> campaigns, List<Integer> cohortYears, boolean manages) {}

    /** A school's row of a campaign: its values by indicator code. */
    record SchoolRow(OrgUnitRef school, Map<String, CampaignValues.Value> values) {
        public CampaignValues.@Nullable Value value(String code) {
            return values.get(code);
        }
    }

    /** One indicator over the scope's schools: how many have a value, its mean, least and greatest. */
    record Spread(Indicator indicator, int schools, double mean, double min, double max, int reached) {}

    record CampaignPage(
            Campaign campaign,
            List<SchoolRow> rows,
            List<Spread> spreads,
            ComputedValues.@Nullable Comparison comparison,
            boolean regionWide) {}

    record SchoolPage(
            Campaign campaign,
            OrgUnitRef school,
            Map<String, CampaignValues.Value> values,
            List<CampaignValues.Problem> problems,
            Map<String, CampaignValues.Typed> typed) {

        public CampaignValues.@Nullable Value value(String code) {
            return values.get(code);
        }

        /** What the form shows in a field: the value as typed after a refusal, else the stored one. */
        public String shown(String code) {
            var t = typed.get(code);
            if (t != null && t.value() != null) return t.value();
            var v = values.get(code);
            return v == null ? "" : ru.opora.shared.Formats.editable(v.value());
        }

        public String evidence(String code) {
            var t = typed.get(code);
            if (t != null && t.evidence() != null) return t.evidence();
            var v = values.get(code);
            return v == null || v.evidenceUrl() == null ? "" : v.evidenceUrl();
        }
    }

    private final Campaigns campaigns;
    private final CampaignValues values;
    private final ComputedValues computed;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final CampaignTitles titles;

    CampaignPages(
            Campaigns campaigns,
            CampaignValues values,
            ComputedValues computed,
            OrgUnits orgUnits,
            MessageSource messages,
            CampaignTitles titles) {
        this.titles = titles;
        this.campaigns = campaigns;
        this.values = values;
        this.computed = computed;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    Index index(Scope scope, boolean manages) {
        var lines = new ArrayList<Line>();
        for (Campaign c : campaigns.list(scope.regionId())) {
            int schools = campaigns.schools(c, scope).size();
            if (schools == 0 && !scope.isRegionWide()) continue;
            int entered = 0;
            int confirmed = 0;
            int rejected = 0;
            for (var bySchool : values.of(c, scope).values())
                for (var v : bySchool.values()) {
                    if (v.computed()) continue;
                    switch (v.status()) {
                        case ENTERED -> entered++;
                        case CONFIRMED -> confirmed++;
                        case REJECTED -> rejected++;
                    }
                }
            lines.add(new Line(c, schools, entered, confirmed, rejected));
        }
        return new Index(
                lines, manages ? campaigns.cohortYears(scope.regionId()) : List.of(), manages && scope.isRegionWide());
    }

    CampaignPage campaign(UUID id, Scope scope) {
        var c = campaigns.find(id, scope).orElseThrow(NotFound::new);
        var schools = campaigns.schools(c, scope);
        if (schools.isEmpty() && !scope.isRegionWide()) throw new NotFound();
        var stored = values.of(c, scope);
        var names = new HashMap<UUID, OrgUnitRef>();
        for (var ref : orgUnits.byIds(schools.keySet())) names.put(ref.id(), ref);
        var rows = new ArrayList<SchoolRow>();
        for (UUID school : schools.keySet())
            if (names.containsKey(school))
                rows.add(new SchoolRow(names.get(school), stored.getOrDefault(school, Map.of())));
        var spreads = new ArrayList<Spread>();
        for (Indicator i : c.indicators()) spreads.add(spread(i, rows));
        // the comparison with the region's other schools is the region's (and published campaigns' readers')
        var comparison = scope.isRegionWide() || c.status() == Campaign.Status.PUBLISHED
                ? computed.compare(
                        c, campaigns.schools(c, Scope.of(c.regionPath())).keySet())
                : null;
        return new CampaignPage(c, rows, spreads, comparison, scope.isRegionWide());
    }

    private static Spread spread(Indicator i, List<SchoolRow> rows) {
        int n = 0;
        int reached = 0;
        double sum = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        for (var r : rows) {
            var v = r.value(i.code());
            if (v == null || v.status() == CampaignValues.Status.REJECTED) continue;
            n++;
            sum += v.value();
            min = Double.isNaN(min) ? v.value() : Math.min(min, v.value());
            max = Double.isNaN(max) ? v.value() : Math.max(max, v.value());
            if (i.reaches(v.value())) reached++;
        }
        return new Spread(i, n, n == 0 ? Double.NaN : sum / n, min, max, reached);
    }

    SchoolPage school(UUID id, UUID schoolId, Scope scope) {
        var c = campaigns.find(id, scope).orElseThrow(NotFound::new);
        var path = campaigns.schools(c, scope).get(schoolId);
        if (path == null) throw new NotFound();
        var school = orgUnits.find(schoolId).orElseThrow(NotFound::new);
        return new SchoolPage(
                c, school, values.of(c, Scope.of(path)).getOrDefault(schoolId, Map.of()), List.of(), Map.of());
    }

    /** The school's page after a refused entry: the problems and the values as typed. */
    SchoolPage refused(
            SchoolPage page, List<CampaignValues.Problem> problems, Map<String, CampaignValues.Typed> typed) {
        return new SchoolPage(page.campaign(), page.school(), page.values(), problems, typed);
    }

    /** The campaign's table for Excel: a row per school, a column per indicator. */
    Table table(UUID id, Scope scope, Locale locale) {
        var page = campaign(id, scope);
        var headers = new ArrayList<String>();
        headers.add(messages.getMessage("school.code", null, locale));
        headers.add(messages.getMessage("results.school", null, locale));
        for (Indicator i : page.campaign().indicators()) headers.add(i.name());
        var rows = new ArrayList<List<?>>();
        for (var r : page.rows()) {
            var row = new ArrayList<@Nullable Object>();
            row.add(r.school().code());
            row.add(r.school().name());
            for (Indicator i : page.campaign().indicators()) {
                var v = r.value(i.code());
                row.add(v == null || v.status() == CampaignValues.Status.REJECTED ? null : v.value());
            }
            rows.add(row);
        }
        return new Table(title(page.campaign(), locale), headers, rows);
    }

    String title(Campaign c, Locale locale) {
        return titles.of(c.kind(), c.cohortYear(), locale);
    }
}
