package ru.opora.support.demo;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.support.curators.AssignmentReasons;
import ru.opora.support.curators.Assignments;
import ru.opora.support.curators.CuratorProfiles;
import ru.opora.support.curators.Suggestions;

/**
 * The demo region's curators: a profile for every demo curator (municipality, expertise in three or
 * four risk factors, two subjects, a caseload limit), then the suggested matching accepted for the
 * current year, so that every role sees the ШНОР with their curators and the reasons.
 */
@Component
@ConditionalOnProperty(name = "opora.demo.results", havingValue = "true")
@Order(50)
class DemoSupport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSupport.class);
    private static final List<String> FACTORS = List.of(
            "EQUIPMENT",
            "STAFF_SHORTAGE",
            "TEACHER_COMPETENCE",
            "LOW_ADAPTIVITY",
            "INTERNAL_PD",
            "LANGUAGE_BARRIERS",
            "SCHOOL_CLIMATE",
            "FAILURE_RISK_SHARE",
            "PARENT_INVOLVEMENT",
            "LOW_MOTIVATION",
            "HIGH_OVZ_SHARE");
    private static final List<String> SUBJECTS = List.of("RU", "MA", "HI", "OM");
    private static final List<String> ORGANISATIONS = List.of(
            "ГАУ ДПО «Институт развития образования»", "Региональный центр оценки качества образования",
            "МАОУ Гимназия № 1 г. Приозёрска", "Приозёрский государственный педагогический университет");

    private final OrgUnits orgUnits;
    private final CuratorProfiles profiles;
    private final AssignmentReasons reasons;
    private final Suggestions suggestions;
    private final Assignments assignments;
    private final Clock clock;

    DemoSupport(
            OrgUnits orgUnits,
            CuratorProfiles profiles,
            AssignmentReasons reasons,
            Suggestions suggestions,
            Assignments assignments,
            Clock clock) {
        this.orgUnits = orgUnits;
        this.profiles = profiles;
        this.reasons = reasons;
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var region = orgUnits.findByCode(OrgUnitKind.REGION, "39");
        if (region.isEmpty() || !profiles.ofRegion(region.get().id()).isEmpty()) return;
        var scope = Scope.of(region.get().path());
        var municipalities = orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope);
        var random = new Random(39);
        var usernames = new ArrayList<String>();
        usernames.add("curator");
        for (int i = 2; i <= 20; i++) usernames.add(String.format("curator%02d", i));
        for (int i = 0; i < usernames.size(); i++) {
            var expertise = new HashSet<String>();
            while (expertise.size() < 3 + random.nextInt(2)) expertise.add(FACTORS.get(random.nextInt(FACTORS.size())));
            var subjects = Set.of(SUBJECTS.get(i % 2), SUBJECTS.get(2 + random.nextInt(2)));
            UUID municipality = municipalities.get(i % municipalities.size()).id();
            profiles.save(
                    new CuratorProfiles.Profile(
                            usernames.get(i),
                            region.get().id(),
                            ORGANISATIONS.get(i % ORGANISATIONS.size()),
                            i % 3 == 0 ? "методист" : "заместитель директора",
                            subjects,
                            expertise,
                            municipality,
                            i == 0 ? 3 : 2 + random.nextInt(2),
                            null),
                    "demo",
                    region.get().path());
        }
        int year = Year.now(clock).getValue();
        var result = suggestions.suggest(scope, year);
        var reason = reasons.forMatching(result, scope.regionId(), year);
        int assigned = 0;
        for (var pair : result.pairs()) {
            if (pair.curator() == null) continue;
            assignments.assign(
                    result.schools().get(pair.schoolId()).school(), year, pair.curator(), reason.apply(pair), "demo");
            assigned++;
        }
        log.info("Demo support {}: {} curator profiles, {} ШНОР assigned", year, usernames.size(), assigned);
    }
}
