package ru.opora.orgunits.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.DemoRegionCreated;
import ru.opora.orgunits.Scope;
import ru.opora.orgunits.register.Municipalities;
import ru.opora.orgunits.register.Municipality;
import ru.opora.orgunits.register.Regions;
import ru.opora.orgunits.register.RegisterImport;

/**
 * Generates the demo region on an empty database: «Приозёрная область», twelve municipalities and
 * some 350 schools of realistic kinds and sizes, the same for the same seed. The schools go in
 * through the register import, the path a region admin's file takes. Other modules add their demo
 * data on {@link DemoRegionCreated}, inside the same transaction.
 */
@Component
@ConditionalOnProperty(name = "opora.demo.enabled", havingValue = "true")
@Order(0)
class DemoRegion implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegion.class);
    static final String REGION_CODE = "39";

    private final JdbcClient jdbc;
    private final Regions regions;
    private final Municipalities municipalities;
    private final RegisterImport imports;
    private final ApplicationEventPublisher events;
    private final long seed;

    DemoRegion(
            JdbcClient jdbc,
            Regions regions,
            Municipalities municipalities,
            RegisterImport imports,
            ApplicationEventPublisher events,
            @Value("${opora.demo.seed:2026}") long seed) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.municipalities = municipalities;
        this.imports = imports;
        this.events = events;
        this.seed = seed;
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public void run(ApplicationArguments args) {
        boolean empty = jdbc.sql("select count(*) from orgunits.org_unit")
                        .query(Long.class)
                        .single()
                == 0;
        if (!empty) return;
        long start = System.nanoTime();
        create();
        log.info("Demo region generated in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    void create() {
        UUID regionId = UUID.randomUUID();
        var regionPath = regions.insert(
                regionId, REGION_CODE, "Приозёрная область", "Министерство образования Приозёрной области");

        var generator = new DemoSchools(new Random(seed));
        List<UUID> municipalityIds = new ArrayList<>();
        for (DemoSchools.Place place : DemoSchools.PLACES) {
            var m = new Municipality(
                    UUID.randomUUID(), regionId, place.code(), place.name(), place.authority(), place.oktmo());
            municipalities.insert(m, regionPath);
            municipalityIds.add(m.id());
        }
        String csv = generator.registerCsv();
        var report = imports.importNow(
                "demo-register.csv", csv.getBytes(StandardCharsets.UTF_8), Scope.of(regionPath), "demo", false);
        if (!report.ok()) throw new IllegalStateException("demo register rejected: " + report.problems());

        var schoolIds = new ArrayList<UUID>();
        var schoolMunicipalities = new ArrayList<UUID>();
        jdbc.sql("select id, parent_id from orgunits.org_unit where kind = 'SCHOOL' and path like ? order by code")
                .param(regionPath.likePattern())
                .query(rs -> {
                    schoolIds.add(rs.getObject("id", UUID.class));
                    schoolMunicipalities.add(rs.getObject("parent_id", UUID.class));
                });
        events.publishEvent(new DemoRegionCreated(regionId, municipalityIds, schoolIds, schoolMunicipalities, seed));
    }
}
