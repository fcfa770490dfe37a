package ru.opora.people.pupils;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;
import ru.opora.orgunits.register.TestRegions;

/**
 * The overview's counts of pupils at risk are kept per school beside the entries (#22): after
 * decisions made one by one and many at once, a repeated decision, an exclusion and a school's move
 * to another municipality they equal the distinct codes counted from the entries themselves, and
 * follow the school to its new municipality.
 */
@SpringBootTest
class AtRiskCountsIntegrationTests {

    @Autowired
    TestRegions regions;

    @Autowired
    AtRiskPupils pupils;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "test", null, List.of(new SimpleGrantedAuthority(Permission.PUPILS_EDIT.name()))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void countsFollowTheEntriesAndTheSchool() {
        var region = regions.create();
        OrgUnitRef school = region.school(0);
        OrgUnitRef other = region.school(1);
        var decisions = List.of(
                decision("А-1", "VPR:1", AtRiskSuggestions.Category.LOW_ACHIEVER, true),
                // the same pupil suggested by a second work counts once
                decision("А-1", "VPR:2", AtRiskSuggestions.Category.LOW_ACHIEVER, true),
                decision("А-2", "VPR:1", AtRiskSuggestions.Category.LOW_ACHIEVER, true),
                decision("А-3", "VPR:1", AtRiskSuggestions.Category.OVZ, true),
                decision("А-4", "VPR:1", AtRiskSuggestions.Category.LOW_ACHIEVER, false));
        assertThat(pupils.decideAll(school, decisions, 1, "test")).isEqualTo(5);
        assertThat(pupils.decide(
                        other, suggestion("Б-1", "VPR:1", AtRiskSuggestions.Category.ABSENTEE), true, null, 1, "test"))
                .isEmpty();

        // confirmed by category in the enum's order, then the declined
        assertThat(pupils.counts(region.scope()).get(school.id())).containsExactly(2, 0, 1, 0, 0, 1);
        assertThat(pupils.counts(region.scope()).get(other.id())).containsExactly(0, 1, 0, 0, 0, 0);
        assertThat(pupils.decideAll(school, decisions, 1, "test")).isZero();
        assertThat(audited(school)).isEqualTo(5);
        assertCountsAsTheEntries(region.scope());

        jdbc.sql("update people.at_risk_pupil set state = 'EXCLUDED' where school_id = ? and participant_code = 'А-2'")
                .param(school.id())
                .update();
        assertThat(pupils.counts(region.scope()).get(school.id())).containsExactly(1, 0, 1, 0, 0, 1);
        assertCountsAsTheEntries(region.scope());

        var from = region.municipality(0);
        var to = region.municipality(1);
        assertThat(pupils.counts(Scope.of(from.path()))).containsKey(school.id());
        regions.moveByReimport(region, school, to);
        assertThat(pupils.counts(Scope.of(from.path()))).doesNotContainKey(school.id());
        assertThat(pupils.counts(Scope.of(to.path())).get(school.id())).containsExactly(1, 0, 1, 0, 0, 1);
        assertCountsAsTheEntries(Scope.of(to.path()));
    }

    private static AtRiskPupils.Decision decision(
            String code, String source, AtRiskSuggestions.Category category, boolean confirm) {
        return new AtRiskPupils.Decision(
                suggestion(code, source, category), confirm, confirm ? null : "Болел в день работы");
    }

    private static AtRiskSuggestions.Suggestion suggestion(
            String code, String source, AtRiskSuggestions.Category category) {
        return new AtRiskSuggestions.Suggestion(code, "5А", category, source, "основание");
    }

    private int audited(OrgUnitRef school) {
        return jdbc.sql(
                        "select count(*) from identity.audit_event where entity_type = 'AT_RISK_PUPIL' and org_path = ?")
                .param(school.path().value())
                .query(Integer.class)
                .single();
    }

    /** The kept counts against distinct codes counted from the entries of the scope. */
    private void assertCountsAsTheEntries(Scope scope) {
        var counted = new HashMap<String, Integer>();
        jdbc.sql("select school_id, category, state, count(distinct participant_code) from people.at_risk_pupil where "
                        + scope.sqlCondition("school_path") + " group by school_id, category, state")
                .query(rs -> {
                    counted.put(rs.getString(1) + rs.getString(2) + rs.getString(3), rs.getInt(4));
                });
        Map<String, Integer> kept = new HashMap<>();
        jdbc.sql("select school_id, category, state, pupils from people.at_risk_count where "
                        + scope.sqlCondition("school_path"))
                .query(rs -> {
                    kept.put(rs.getString(1) + rs.getString(2) + rs.getString(3), rs.getInt(4));
                });
        assertThat(kept).isNotEmpty().isEqualTo(counted);
    }
}
