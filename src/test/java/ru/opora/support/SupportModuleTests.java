package ru.opora.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import ru.opora.ModuleTestSupport;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.support.curators.TestSupport;

/**
 * The support module with the modules it depends on (and theirs): assigning a curator opens the
 * school to them and is announced; their visits are what planning's dashboard reads through
 * {@link VisitLog}.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(ModuleTestSupport.class)
class SupportModuleTests {

    static final int YEAR = 2036;

    @Autowired
    TestRegions regions;

    @Autowired
    TestSupport support;

    @Autowired
    VisitLog visits;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAssignedCuratorSeesTheSchoolAndTheirLastVisitIsKnown(AssertablePublishedEvents events) {
        var region = regions.create(1, 2, s -> s);
        var school = region.school(0);

        String curator = support.curatorOf(school, YEAR);
        support.visit(school, curator, LocalDate.of(YEAR, 10, 1), "Знакомство со школой");
        support.visit(school, curator, LocalDate.of(YEAR, 11, 12), "Разбор результатов ВПР");

        assertThat(events)
                .contains(CuratorAssigned.class)
                .matching(e -> e.schoolId().equals(school.id()))
                .matching(e -> e.curator().equals(curator));
        assertThat(jdbc.sql("""
                        select s.org_unit_id from identity.user_scope s
                        join identity.user_account u on u.id = s.user_account where u.username = ?""").param(curator).query(java.util.UUID.class).list())
                .containsExactly(school.id());
        var last = visits.lastVisits(List.of(school.id(), region.school(1).id()));
        assertThat(last).containsOnlyKeys(school.id());
        assertThat(last.get(school.id())).isEqualTo(LocalDate.of(YEAR, 11, 12));
    }
}
