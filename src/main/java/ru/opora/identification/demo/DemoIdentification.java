package ru.opora.identification.demo;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SchoolResults;
import ru.opora.identification.runs.IdentificationRuns;
import ru.opora.identification.runs.RuleSets;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;

/**
 * The demo region's identification: a confirmed run with the default rules for each of its years
 * of results, so that its planted weak and suspicious schools are on the pages with their reasons;
 * the earlier lists' schools then confirmed and in support, the newest list's still candidates.
 */
@Component
@ConditionalOnProperty(name = "opora.demo.results", havingValue = "true")
@Order(30)
class DemoIdentification implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIdentification.class);

    private final OrgUnits orgUnits;
    private final SchoolResults results;
    private final RuleSets ruleSets;
    private final IdentificationRuns runs;

    private final ru.opora.identification.runs.SecondLook secondLook;
    private final ru.opora.identification.runs.ShnorHistory history;

    DemoIdentification(
            OrgUnits orgUnits,
            SchoolResults results,
            RuleSets ruleSets,
            IdentificationRuns runs,
            ru.opora.identification.runs.SecondLook secondLook,
            ru.opora.identification.runs.ShnorHistory history) {
        this.secondLook = secondLook;
        this.history = history;
        this.orgUnits = orgUnits;
        this.results = results;
        this.ruleSets = ruleSets;
        this.runs = runs;
    }

    @Override
    public void run(ApplicationArguments args) {
        var region = orgUnits.findByCode(OrgUnitKind.REGION, "39");
        if (region.isEmpty()) return;
        if (runs.anyIn(region.get().id())) return;
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo", null, List.of(new SimpleGrantedAuthority(Permission.RULES_EDIT.name()))));
        try {
            var years = new ArrayList<>(results.years(region.get().path()));
            java.util.Collections.reverse(years); // oldest first
            for (int year : years) {
                var id = runs.run(
                        region.get().id(),
                        region.get().path(),
                        year,
                        ruleSets.current(region.get().id()),
                        "demo");
                secondLook.record(id, region.get().path(), year);
                runs.confirm(id, region.get().id(), "demo");
                log.info(
                        "Demo identification {}: {} candidates",
                        year,
                        runs.find(id).orElseThrow().candidates());
            }
            // a region some years into the programme: earlier lists confirmed and in support, the
            // newest list's candidates waiting for the region's decision
            if (!years.isEmpty()) {
                int moved = history.supportEarlierLists(
                        ru.opora.orgunits.Scope.of(region.get().path()), years.getLast(), "demo");
                log.info("Demo ШНОР of earlier lists in support: {}", moved);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
