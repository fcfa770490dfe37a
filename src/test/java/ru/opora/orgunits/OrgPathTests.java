package ru.opora.orgunits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrgPathTests {

    static final UUID REGION = UUID.fromString("11111111-1111-1111-1111-111111111111");
    static final UUID MUNICIPALITY = UUID.fromString("22222222-2222-2222-2222-222222222222");
    static final UUID SCHOOL = UUID.fromString("33333333-3333-3333-3333-333333333333");

    final OrgPath region = OrgPath.ofRegion(REGION);
    final OrgPath municipality = region.child(MUNICIPALITY);
    final OrgPath school = municipality.child(SCHOOL);

    @Test
    void readsItsUnitsAtEveryLevel() {
        assertThat(school.value()).isEqualTo("/" + REGION + "/" + MUNICIPALITY + "/" + SCHOOL + "/");
        assertThat(school.kind()).isEqualTo(OrgUnitKind.SCHOOL);
        assertThat(school.regionId()).isEqualTo(REGION);
        assertThat(school.municipalityId()).contains(MUNICIPALITY);
        assertThat(school.schoolId()).contains(SCHOOL);
        assertThat(school.unitId()).isEqualTo(SCHOOL);
        assertThat(school.ids()).containsExactly(REGION, MUNICIPALITY, SCHOOL);
        assertThat(school.parent()).contains(municipality);
        assertThat(school.municipality()).contains(municipality);
        assertThat(school.region()).isEqualTo(region);
        assertThat(municipality.kind()).isEqualTo(OrgUnitKind.MUNICIPALITY);
        assertThat(municipality.schoolId()).isEmpty();
        assertThat(region.isRegion()).isTrue();
        assertThat(region.parent()).isEmpty();
        assertThat(region.municipalityId()).isEmpty();
    }

    @Test
    void containsItselfAndWhatLiesBelow() {
        assertThat(region.contains(school)).isTrue();
        assertThat(municipality.contains(municipality)).isTrue();
        assertThat(school.contains(municipality)).isFalse();
        var neighbour = region.child(UUID.randomUUID());
        assertThat(neighbour.contains(school)).isFalse();
        assertThat(municipality.likePattern()).isEqualTo(municipality.value() + "%");
    }

    @Test
    void refusesWhatIsNotAPath() {
        for (String bad : List.of(
                "",
                "/",
                "/x/",
                "/" + REGION,
                REGION + "/",
                "/AAAAAAAA-1111-1111-1111-111111111111/",
                "/" + REGION + "/" + MUNICIPALITY + "/" + SCHOOL + "/" + UUID.randomUUID() + "/",
                "/1-1-1-1-1/"))
            assertThatThrownBy(() -> OrgPath.parse(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScopeKeepsTheFewestPathsAndKnowsItsRegion() {
        var scope = Scope.of(List.of(school, municipality));
        assertThat(scope.paths()).containsExactly(municipality);
        assertThat(scope.permits(school)).isTrue();
        assertThat(scope.permits(region)).isFalse();
        assertThat(scope.regionId()).isEqualTo(REGION);
        assertThat(scope.isRegionWide()).isFalse();
        assertThat(Scope.region(REGION).isRegionWide()).isTrue();
        assertThat(scope.narrowTo(school).paths()).containsExactly(school);
        assertThat(scope.narrowTo(region)).isEqualTo(scope);
    }

    @Test
    void aScopeWritesItsPrefixesIntoTheCondition() {
        var other = region.child(UUID.fromString("44444444-4444-4444-4444-444444444444"));
        var scope = Scope.of(List.of(other, school));
        // sorted, so that the same scope always gives the same statement (and its kept plan)
        assertThat(scope.sqlCondition("o.path"))
                .isEqualTo("(o.path like '" + school.value() + "%' or o.path like '" + other.value() + "%')");
        assertThat(Scope.nothing().sqlCondition("o.path")).isEqualTo("false");
        assertThat(school.sqlLiteralPattern()).isEqualTo("'" + school.likePattern() + "'");
    }
}
