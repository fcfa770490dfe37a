package ru.opora.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import ru.opora.ModuleTestSupport;
import ru.opora.identification.IdentificationFixtures;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.risk.profiles.SelfDiagnoses;
import ru.opora.risk.profiles.TestRisks;

/**
 * The risk module with only the modules it depends on, seen through {@link SchoolRisks}, its answer
 * to the support cycle: computed profiles give every school a level on every factor of the
 * catalogue, and the risks a school chooses in its self-diagnosis are the ones the plans are
 * written for.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestSupport.class)
class RiskModuleTests {

    static final int YEAR = 2034;

    @Autowired
    IdentificationFixtures fixtures;

    @Autowired
    TestRisks risks;

    @Autowired
    SelfDiagnoses selfDiagnoses;

    @Autowired
    SchoolRisks schoolRisks;

    @Test
    void everySchoolGetsALevelOnEveryFactorAndChoosesItsOwnRisks() {
        var region = fixtures.region();
        fixtures.load(region, YEAR);
        var ids = region.schools().stream().map(OrgUnitRef::id).toList();

        assertThat(risks.profiles(region.path(), YEAR)).isEqualTo(ids.size());

        var factors = schoolRisks.factors(region.path().regionId(), YEAR).stream()
                .map(SchoolRisks.FactorInfo::code)
                .toList();
        var levels = schoolRisks.levels(ids, YEAR);
        assertThat(levels).containsOnlyKeys(ids);
        assertThat(levels.values())
                .allSatisfy(byFactor -> assertThat(byFactor.keySet()).containsExactlyInAnyOrderElementsOf(factors));
        assertThat(schoolRisks.cycleSteps(ids, YEAR).values())
                .allSatisfy(steps -> assertThat(steps).contains("PROFILES"));

        var school = region.school(1);
        var chosen = List.of(factors.get(0), factors.get(2));
        var entries = factors.stream()
                .map(f -> new SelfDiagnoses.Entry(f, chosen.contains(f), "", chosen.contains(f)))
                .toList();
        selfDiagnoses.save(school.id(), school.path(), YEAR, entries, 0, "director");

        assertThat(schoolRisks.chosen(school.id(), YEAR)).containsExactlyElementsOf(chosen);
        assertThat(schoolRisks.chosen(region.school(0).id(), YEAR)).isEmpty();
    }
}
