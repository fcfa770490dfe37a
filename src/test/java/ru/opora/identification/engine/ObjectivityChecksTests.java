package ru.opora.identification.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The flags that come from recorded facts rather than statistics (docs/domain.md §6.5). */
class ObjectivityChecksTests {

    private static final int[] THRESHOLDS = {10, 16, 21};

    @Test
    void flagsTheWorkedExampleOfARecheck33Of40Kept() {
        var rechecks = new ArrayList<SchoolYear.Recheck>();
        for (int i = 0; i < 33; i++) rechecks.add(new SchoolYear.Recheck("Русский язык, 4 класс", 14, 13, THRESHOLDS));
        // seven works lose their mark: 16 («4») re-checked as 15 («3»), within a point but a different mark
        for (int i = 0; i < 7; i++) rechecks.add(new SchoolYear.Recheck("Русский язык, 4 класс", 16, 15, THRESHOLDS));
        var school =
                new SchoolYear(new UUID(0, 1), false, false, List.of(), List.of(), rechecks, null, null, false, null);
        var flags =
                new ObjectivityChecks(RuleSet.defaults()).flags(List.of(school)).get(school.schoolId());
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FlagCode.RECHECK);
            assertThat(f.value()).isEqualTo(82.5);
            assertThat(f.threshold()).isEqualTo(90);
            assertThat(f.evidence().getFirst().participants()).isEqualTo(40);
        });
    }

    @Test
    void keepsQuietWhenNineInTenReCheckedWorksKeepTheirMark() {
        var rechecks = new ArrayList<SchoolYear.Recheck>();
        for (int i = 0; i < 36; i++) rechecks.add(new SchoolYear.Recheck("Математика, 5 класс", 12, 11, THRESHOLDS));
        for (int i = 0; i < 4; i++) rechecks.add(new SchoolYear.Recheck("Математика, 5 класс", 12, 7, THRESHOLDS));
        var school =
                new SchoolYear(new UUID(0, 2), false, false, List.of(), List.of(), rechecks, null, null, false, null);
        assertThat(new ObjectivityChecks(RuleSet.defaults()).flags(List.of(school)))
                .isEmpty();
    }

    @Test
    void carriesTheFederalListWithItsBasis() {
        var school = new SchoolYear(
                new UUID(0, 3),
                false,
                false,
                List.of(),
                List.of(),
                List.of(),
                "Письмо Рособрнадзора № 02-36",
                null,
                false,
                null);
        var flags =
                new ObjectivityChecks(RuleSet.defaults()).flags(List.of(school)).get(school.schoolId());
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FlagCode.FEDERAL_LIST);
            assertThat(f.evidence().getFirst().label()).isEqualTo("Письмо Рособрнадзора № 02-36");
        });
    }

    @Test
    void tagsTheTopQuarterOfTheSocialContextIndexAsAdverse() {
        var schools = new ArrayList<SchoolYear>();
        for (int i = 0; i < 8; i++)
            schools.add(new SchoolYear(
                    new UUID(0, 10 + i), false, false, List.of(), List.of(), List.of(), null, (double) i, false, null));
        var result =
                new Identification(RuleSet.defaults()).run(2026, java.util.Map.of(2026, schools), java.util.Set.of());
        var adverse = result.verdicts().stream()
                .filter(Verdict::adverse)
                .map(v -> v.schoolId().getLeastSignificantBits())
                .sorted()
                .toList();
        // indexes 6 and 7 of 0…7 have percentile ranks 81 and 94, at or above 75
        assertThat(adverse).containsExactly(16L, 17L);
    }
}
