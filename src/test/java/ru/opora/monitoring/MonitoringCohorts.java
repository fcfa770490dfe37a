package ru.opora.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * Monitoring's test set-up as the region does it: schools confirmed as ШНОР, a cohort made of them
 * on the support page, campaigns created on the monitoring page.
 */
@Component
public class MonitoringCohorts {

    private final JdbcClient jdbc;

    MonitoringCohorts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Confirms the region's schools at {@code indexes} as ШНОР and creates the cohort of {@code year} from them. */
    public void cohort(OporaHttp admin, TestRegions.TestRegion region, int year, int... indexes) {
        for (int i : indexes)
            jdbc.sql("""
                            insert into identification.shnor_status (school_id, school_path, region_id, state, source, entry_year)
                            values (?, ?, ?, 'CONFIRMED', 'REGIONAL_LIST', ?)""")
                    .params(
                            region.school(i).id(),
                            region.school(i).path(),
                            region.region().id(),
                            year)
                    .update();
        var created = admin.postWithCsrf(
                "/support/cohorts",
                "/support/cohorts",
                Map.of(
                        "year",
                        String.valueOf(year),
                        "name",
                        "500+ " + year,
                        "start",
                        year + "-09-01",
                        "end",
                        (year + 1) + "-08-31"));
        assertThat(created.status()).isEqualTo(302);
    }

    /** Creates a campaign of the cohort; returns its page's path. */
    public static String campaign(OporaHttp admin, int year, String kind, String opensOn, String dueOn) {
        var created = admin.postWithCsrf(
                "/monitoring/campaigns",
                "/monitoring",
                Map.of("cohortYear", String.valueOf(year), "kind", kind, "opensOn", opensOn, "dueOn", dueOn));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return created.location().replaceFirst("^https?://[^/]+", "");
    }
}
