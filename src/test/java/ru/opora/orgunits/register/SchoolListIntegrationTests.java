package ru.opora.orgunits.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.SchoolKind;
import ru.opora.orgunits.Scope;
import ru.opora.orgunits.Settlement;

/**
 * The register's list: the scope's schools by municipality name and code, fifty to a page, each
 * filter cutting both the page and the total, and nothing outside the reader's scope.
 */
@SpringBootTest
class SchoolListIntegrationTests {

    private static final SchoolFilter EVERY = filter(null, null, null, null, null);

    @Autowired
    SchoolQueries queries;

    @Autowired
    TestRegions regions;

    @Test
    void aRegionsSchoolsArePagedByMunicipalityThenCodeAndCountedAcrossPages() {
        var region = regions.create(3, 18, (index, spec) -> spec);

        var first = queries.page(EVERY, region.scope());
        var second = queries.page(page(1), region.scope());

        assertThat(first.total()).isEqualTo(54);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.lines()).hasSize(SchoolQueries.PAGE_SIZE);
        assertThat(second.lines()).hasSize(4);
        var listed = new java.util.ArrayList<>(codes(first.lines()));
        listed.addAll(codes(second.lines()));
        assertThat(listed)
                .isEqualTo(region.schools().stream()
                        .sorted(java.util.Comparator.comparing(OrgUnitRef::code))
                        .map(OrgUnitRef::code)
                        .toList());
        assertThat(first.lines().getFirst().municipality())
                .isEqualTo(region.municipality(0).name());
        assertThat(second.lines().getLast().municipality())
                .isEqualTo(region.municipality(2).name());
        assertThat(queries.page(page(7), region.scope()).page())
                .as("a page past the end shows the last one")
                .isEqualTo(1);
    }

    @Test
    void everyFilterCutsThePageAndTheTotalAlike() {
        var region = regions.create(2, 3, (index, spec) -> switch (index) {
            case 1 -> spec.primaryOnly();
            case 2 -> spec.inAdverseConditions();
            case 4 -> spec.rural(60);
            default -> spec;
        });
        var scope = region.scope();

        assertThat(codes(queries.page(filter(null, null, Settlement.RURAL, null, null), scope)))
                .containsExactly(region.school(4).code());
        assertThat(codes(queries.page(filter(null, SchoolKind.NOSH, null, null, null), scope)))
                .containsExactly(region.school(1).code());
        assertThat(queries.page(filter(null, null, null, "СОО", null), scope).total())
                .isEqualTo(5);
        assertThat(codes(queries.page(filter(null, null, null, null, true), scope)))
                .containsExactly(region.school(2).code());
        assertThat(codes(queries.page(filter(region.school(5).code(), null, null, null, null), scope)))
                .containsExactly(region.school(5).code());
        var second = new SchoolFilter(null, region.municipality(1).id(), null, null, null, null, null, null, null);
        assertThat(codes(queries.page(second, scope)))
                .containsExactly(
                        region.school(3).code(),
                        region.school(4).code(),
                        region.school(5).code());
        assertThat(queries.page(second, scope).total()).isEqualTo(3);
    }

    @Test
    void aMunicipalityListsOnlyItsOwnSchoolsAndCannotOpenAnotherOnesLine() {
        var region = regions.create();
        Scope municipality = Scope.of(region.municipality(0).path());
        var own = region.school(0);
        var other = region.school(3);

        assertThat(codes(queries.page(EVERY, municipality)))
                .containsExactly(
                        region.school(0).code(),
                        region.school(1).code(),
                        region.school(2).code());
        assertThat(queries.line(own.id(), municipality)).hasValueSatisfying(line -> {
            assertThat(line.shortName()).isEqualTo("Школа № 1 района 1");
            assertThat(own.name()).contains(line.shortName());
            assertThat(line.municipality()).isEqualTo(region.municipality(0).name());
            assertThat(line.levels()).isEqualTo("НОО, ООО, СОО");
            assertThat(line.students()).isEqualTo(400);
        });
        assertThat(queries.line(other.id(), municipality)).isEmpty();
        assertThat(queries.line(region.municipality(0).id(), region.scope()))
                .as("a municipality is not a line of the schools list")
                .isEmpty();
        assertThat(queries.page(EVERY, Scope.nothing()).total()).isZero();
    }

    @Test
    void theMunicipalitiesListCountsOnlyTheSchoolsTheReaderSees() {
        var region = regions.create(2, 3, (index, spec) -> index == 4 ? spec.rural(60) : spec);

        assertThat(queries.municipalities(region.scope()))
                .extracting(SchoolQueries.MunicipalityLine::name, SchoolQueries.MunicipalityLine::schools)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                region.municipality(0).name(), 3L),
                        org.assertj.core.groups.Tuple.tuple(
                                region.municipality(1).name(), 3L));
        assertThat(queries.municipalities(Scope.of(region.municipality(1).path())))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.name()).isEqualTo(region.municipality(1).name());
                    assertThat(m.rural()).isEqualTo(1);
                    assertThat(m.students()).isEqualTo(400 + 400 + 60);
                });
        var twoSchools =
                Scope.of(List.of(region.school(0).path(), region.school(4).path()));
        assertThat(queries.municipalities(twoSchools))
                .extracting(SchoolQueries.MunicipalityLine::name, SchoolQueries.MunicipalityLine::schools)
                .as("a curator's schools: their municipalities, each with the one school seen")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                region.municipality(0).name(), 1L),
                        org.assertj.core.groups.Tuple.tuple(
                                region.municipality(1).name(), 1L));
    }

    @Test
    void aSchoolMovedByAReimportIsCountedUnderItsNewMunicipality() {
        var region = regions.create(2, 2, (index, spec) -> spec);
        var to = region.municipality(1);

        regions.moveByReimport(region, region.school(0), to);

        // the sums read the school's own copy of its path, which follows the org unit's
        assertThat(queries.municipalities(region.scope()))
                .extracting(SchoolQueries.MunicipalityLine::name, SchoolQueries.MunicipalityLine::schools)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                region.municipality(0).name(), 1L),
                        org.assertj.core.groups.Tuple.tuple(to.name(), 3L));
        assertThat(queries.municipalities(Scope.of(to.path())))
                .singleElement()
                .satisfies(m -> assertThat(m.schools()).isEqualTo(3));
    }

    private static SchoolFilter filter(
            String q, SchoolKind kind, Settlement settlement, String level, Boolean adverse) {
        return new SchoolFilter(q, null, kind, settlement, level, null, null, adverse, null);
    }

    private static SchoolFilter page(int index) {
        return new SchoolFilter(null, null, null, null, null, null, null, null, index);
    }

    private static List<String> codes(SchoolQueries.SchoolPage page) {
        return codes(page.lines());
    }

    private static List<String> codes(List<SchoolQueries.SchoolLine> lines) {
        return lines.stream().map(SchoolQueries.SchoolLine::code).toList();
    }
}
