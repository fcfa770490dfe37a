package ru.opora.support.curators;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.OrgUnitRef;

/** Curators for tests: a profile, an assignment that opens the school to them, and their visits. */
@Component
public class TestSupport {

    private final CuratorProfiles profiles;
    private final Assignments assignments;
    private final Visits visits;
    private final TestUsers users;

    TestSupport(CuratorProfiles profiles, Assignments assignments, Visits visits, TestUsers users) {
        this.profiles = profiles;
        this.assignments = assignments;
        this.visits = visits;
        this.users = users;
    }

    /** A new curator with a profile in the school's region, assigned to the school for the year. */
    @Transactional
    public String curatorOf(OrgUnitRef school, int year) {
        String curator = users.create(Role.CURATOR);
        var region = school.path().region();
        profiles.save(
                new CuratorProfiles.Profile(
                        curator,
                        region.regionId(),
                        "Институт развития образования",
                        "методист",
                        Set.of(),
                        Set.of(),
                        null,
                        3,
                        null),
                "test",
                region);
        assignments.assign(school, year, curator, "тест", "test");
        return curator;
    }

    /** A visit the curator made to the school on the day. */
    public void visit(OrgUnitRef school, String curator, LocalDate day, String purpose) {
        visits.record(
                school,
                new Visits.Visit(UUID.randomUUID(), curator, day, "ON_SITE", purpose, "Замечаний нет", "Продолжать"));
    }
}
