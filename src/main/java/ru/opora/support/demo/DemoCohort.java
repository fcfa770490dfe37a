package ru.opora.support.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.support.cohort.Cohorts;

/** The demo's cohort of the current year: its ШНОР (the demo has candidates only, so they are taken) and the default calendar. */
@Component
@ConditionalOnProperty(name = "opora.demo.results", havingValue = "true")
@Order(45)
class DemoCohort implements ApplicationRunner {

    private final OrgUnits orgUnits;
    private final Cohorts cohorts;
    private final Clock clock;

    DemoCohort(OrgUnits orgUnits, Cohorts cohorts, Clock clock) {
        this.orgUnits = orgUnits;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var region = orgUnits.findByCode(OrgUnitKind.REGION, "39");
        int year = LocalDate.now(clock).getYear();
        if (region.isEmpty() || cohorts.find(region.get().id(), year).isPresent()) return;
        cohorts.create(
                new Cohorts.Cohort(
                        region.get().id(),
                        year,
                        "500+ " + year,
                        LocalDate.of(year, 9, 1),
                        LocalDate.of(year + 1, 8, 31)),
                true,
                "demo");
    }
}
