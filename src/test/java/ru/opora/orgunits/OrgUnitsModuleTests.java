package ru.opora.orgunits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import ru.opora.ModuleTestSupport;
import ru.opora.orgunits.register.TestRegions;

/**
 * The org-unit module on its own (no other module's beans): a register re-import that names another
 * municipality moves the school and announces it, with both paths, to whichever modules keep a copy.
 */
@ApplicationModuleTest
@Import(ModuleTestSupport.class)
class OrgUnitsModuleTests {

    @Autowired
    TestRegions regions;

    @Autowired
    OrgUnits orgUnits;

    @Test
    void aReimportThatNamesAnotherMunicipalityMovesTheSchoolAndSaysSo(AssertablePublishedEvents events) {
        var region = regions.create(2, 2, s -> s);
        var school = region.school(0);
        var from = region.municipality(0);
        var to = region.municipality(1);
        assertThat(from.path().contains(school.path())).isTrue();

        regions.moveByReimport(region, school, to);

        var moved = orgUnits.find(school.id()).orElseThrow();
        assertThat(moved.path().municipalityId()).contains(to.id());
        assertThat(to.path().contains(moved.path())).isTrue();
        assertThat(orgUnits.inScope(OrgUnitKind.SCHOOL, Scope.of(from.path())))
                .extracting(OrgUnitRef::id)
                .doesNotContain(school.id());
        assertThat(events)
                .contains(SchoolMoved.class)
                .matching(e -> e.schoolId().equals(school.id()))
                .matching(e -> e.from().equals(school.path()))
                .matching(e -> e.to().equals(moved.path()));
    }
}
