package ru.opora.monitoring.campaigns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.opora.monitoring.CampaignSummaries;
import ru.opora.monitoring.indicators.Indicator;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;

/**
 * The summaries read from the campaigns' values: a school's standing on an indicator is the same
 * as on its dynamics page (its first value against its latest and the target); returned values do
 * not count.
 */
@Component
class CampaignSummariesFromValues implements CampaignSummaries {

    private final Campaigns campaigns;
    private final CampaignValues values;
    private final CampaignTitles titles;

    CampaignSummariesFromValues(Campaigns campaigns, CampaignValues values, CampaignTitles titles) {
        this.campaigns = campaigns;
        this.values = values;
        this.titles = titles;
    }

    @Override
    public List<CampaignRef> campaigns(Scope scope, Locale locale) {
        if (scope.isEmpty()) return List.of();
        return campaigns.list(scope.regionId()).stream()
                .filter(c -> c.status() != Campaign.Status.DRAFT)
                .sorted(Comparator.comparing(Campaign::opensOn).reversed())
                .map(c -> ref(c, locale))
                .toList();
    }

    @Override
    public Optional<Summary> of(UUID id, OrgUnitRef unit, Locale locale) {
        var own = Scope.of(unit.path());
        var found = campaigns.find(id, own).filter(c -> c.status() != Campaign.Status.DRAFT);
        if (found.isEmpty()) return Optional.empty();
        var campaign = found.get();
        // the cohort's campaigns up to this one, in the order they were held
        var read = campaigns.list(campaign.regionId()).stream()
                .filter(c -> c.cohortYear() == campaign.cohortYear() && c.status() != Campaign.Status.DRAFT)
                .filter(c -> !c.opensOn().isAfter(campaign.opensOn()))
                .sorted(Comparator.comparing(Campaign::opensOn))
                .toList();
        var schools = campaigns.schools(campaign, own).keySet();
        var byCampaign = new ArrayList<Map<UUID, Map<String, CampaignValues.Value>>>();
        for (Campaign c : read) byCampaign.add(values.of(c, own));
        var lines = new ArrayList<IndicatorLine>();
        for (Indicator i : campaign.indicators()) if (i.ofSchool()) lines.add(line(i, schools, byCampaign));
        return Optional.of(new Summary(
                ref(campaign, locale),
                read.stream().map(c -> titles.column(c, locale)).toList(),
                schools.size(),
                lines));
    }

    private static IndicatorLine line(
            Indicator i, java.util.Set<UUID> schools, List<Map<UUID, Map<String, CampaignValues.Value>>> byCampaign) {
        var sums = new double[byCampaign.size()];
        var counts = new int[byCampaign.size()];
        var standings = new int[SchoolDynamics.Standing.values().length];
        for (UUID school : schools) {
            var series = new ArrayList<@Nullable Double>();
            for (int k = 0; k < byCampaign.size(); k++) {
                var v = byCampaign.get(k).getOrDefault(school, Map.of()).get(i.code());
                Double value = v == null || v.status() == CampaignValues.Status.REJECTED ? null : v.value();
                series.add(value);
                if (value != null) {
                    sums[k] += value;
                    counts[k]++;
                }
            }
            standings[SchoolDynamics.line(i, series).standing().ordinal()]++;
        }
        var means = new ArrayList<@Nullable Double>();
        for (int k = 0; k < sums.length; k++) means.add(counts[k] == 0 ? null : sums[k] / counts[k]);
        return new IndicatorLine(
                i.name(),
                i.unit() == Indicator.Unit.PERCENT,
                i.direction() == Indicator.Direction.HIGHER_IS_BETTER,
                i.target(),
                means,
                standings[SchoolDynamics.Standing.REACHED.ordinal()],
                standings[SchoolDynamics.Standing.PROGRESS.ordinal()],
                standings[SchoolDynamics.Standing.NO_PROGRESS.ordinal()],
                standings[SchoolDynamics.Standing.WORSE.ordinal()],
                standings[SchoolDynamics.Standing.NO_DATA.ordinal()]);
    }

    private CampaignRef ref(Campaign c, Locale locale) {
        return new CampaignRef(c.id(), c.cohortYear(), titles.of(c.kind(), c.cohortYear(), locale), c.opensOn());
    }
}
