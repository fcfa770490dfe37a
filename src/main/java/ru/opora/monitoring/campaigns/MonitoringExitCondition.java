package ru.opora.monitoring.campaigns;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.identification.ExitMonitoringCondition;
import ru.opora.identification.ExitRiskCondition;
import ru.opora.monitoring.indicators.Indicator;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;

/**
 * Answers identification's exit rule from the school's newest final campaign (closed or published)
 * of a cohort up to the year: met when every indicator with a target reached it — a value missing
 * or returned does not count as reached.
 */
@Component
class MonitoringExitCondition implements ExitMonitoringCondition {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final CampaignValues values;
    private final MessageSource messages;

    MonitoringExitCondition(JdbcClient jdbc, Campaigns campaigns, CampaignValues values, MessageSource messages) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.values = values;
        this.messages = messages;
    }

    @Override
    public ExitRiskCondition.Check check(UUID schoolId, int year) {
        var found = jdbc.sql("""
                        select c.id, c.region_path, cs.school_path from monitoring.campaign c
                        join monitoring.campaign_school cs on cs.campaign_id = c.id
                        where cs.school_id = ? and c.kind = 'FINAL' and c.status in ('CLOSED', 'PUBLISHED') and c.cohort_year <= ?
                        order by c.cohort_year desc, c.opens_on desc limit 1""")
                .params(schoolId, year)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional();
        if (found.isEmpty())
            return new ExitRiskCondition.Check(ExitRiskCondition.Outcome.UNKNOWN, msg("monitoring.exit.none"));
        var regionScope = Scope.of(ru.opora.orgunits.OrgPath.parse(found.get()[1]));
        var campaign =
                campaigns.find(UUID.fromString(found.get()[0]), regionScope).orElseThrow();
        var own = values.of(campaign, Scope.of(ru.opora.orgunits.OrgPath.parse(found.get()[2])))
                .getOrDefault(schoolId, Map.of());
        var missed = new ArrayList<String>();
        var reached = new ArrayList<String>();
        for (Indicator i : campaign.indicators()) {
            var target = i.target();
            if (target == null) continue;
            var v = own.get(i.code());
            // a computed figure the school has no data for (nothing due, no ОГЭ) is not its failure;
            // a value the school had to enter and did not is
            if (v == null && i.computed()) continue;
            boolean counted = v != null && v.status() != CampaignValues.Status.REJECTED;
            String line = msg(
                    "monitoring.exit.missed",
                    i.name(),
                    counted ? Formats.number(v.value(), 1) : "—",
                    Formats.number(target, 1));
            if (counted && i.reaches(v.value())) reached.add(line);
            else missed.add(line);
        }
        if (reached.isEmpty() && missed.isEmpty())
            return new ExitRiskCondition.Check(ExitRiskCondition.Outcome.UNKNOWN, msg("monitoring.exit.none"));
        return missed.isEmpty()
                ? new ExitRiskCondition.Check(
                        ExitRiskCondition.Outcome.MET,
                        msg("monitoring.exit.met", reached.size(), String.join("; ", reached)))
                : new ExitRiskCondition.Check(
                        ExitRiskCondition.Outcome.NOT_MET, msg("monitoring.exit.notMet", String.join("; ", missed)));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }
}
