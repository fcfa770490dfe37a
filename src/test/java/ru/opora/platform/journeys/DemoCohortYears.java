package ru.opora.platform.journeys;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.risk.profiles.Catalogues;

/**
 * Opens a cohort year of the demo region as its administrators would: journeys work in years of
 * their own, and a school cannot bring a year into being by naming it in an address.
 */
@Component
class DemoCohortYears {

    private final JdbcClient jdbc;
    private final Catalogues catalogues;

    DemoCohortYears(JdbcClient jdbc, Catalogues catalogues) {
        this.jdbc = jdbc;
        this.catalogues = catalogues;
    }

    void open(int year) {
        UUID region = jdbc.sql("select id from orgunits.org_unit where kind = 'REGION' and code = '39'")
                .query(UUID.class)
                .single();
        catalogues.open(region, year);
    }
}
