package ru.opora.monitoring.campaigns;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.support.CycleProgress;

/**
 * The cycle's step «Мониторинг» (§8.1) for the cohort's schools: done once a campaign of the cohort
 * has every value the school enters confirmed — what the school measured is on record and checked.
 */
@Component
class MonitoringCycleProgress implements CycleProgress {

    private final JdbcClient jdbc;

    MonitoringCycleProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Set<String>> done(Collection<UUID> schools, int year) {
        var done = new HashMap<UUID, Set<String>>();
        if (schools.isEmpty()) return done;
        // per campaign and school: the entered indicators of the campaign's set against the confirmed values
        jdbc.sql("""
                        select cs.school_id from monitoring.campaign c
                        join monitoring.campaign_school cs on cs.campaign_id = c.id
                        where c.cohort_year = ? and c.status <> 'DRAFT' and cs.school_id = any (?)
                          and (select count(*) from jsonb_array_elements(c.indicators) i
                               where coalesce(i ->> 'formula', '') = '') > 0
                          and (select count(*) from jsonb_array_elements(c.indicators) i
                               where coalesce(i ->> 'formula', '') = '')
                            = (select count(*) from monitoring.indicator_value v
                               where v.campaign_id = c.id and v.school_id = cs.school_id and not v.computed
                                 and v.status = 'CONFIRMED')""")
                .params(year, schools.toArray(UUID[]::new))
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list()
                .forEach(s -> done.computeIfAbsent(s, k -> new HashSet<>()).add("MONITORING"));
        return done;
    }
}
