package ru.opora.identification.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recall and false positives of the objectivity flags and of identification on a synthetic region
 * with planted schools (600 schools, realistic class sizes; 30 weak, 20 of each non-objective
 * pattern). The figures are written to {@code target/identification-quality.txt} for the closing
 * note. Aim of #4: recall ≥ 90 % with at most 5 % false positives, per pattern.
 */
class IdentificationQualityTests {

    static SyntheticRegion region;
    static Identification.Result result;
    static final StringBuilder report = new StringBuilder();

    @BeforeAll
    static void runOnASyntheticRegion() {
        region = new SyntheticRegion(2026, 600, 30, 20);
        result = new Identification(RuleSet.defaults()).run(2026, region.byYear, Set.of());
    }

    @Test
    void findsEachPlantedPatternOfNonObjectiveResults() throws IOException {
        var expected = new java.util.LinkedHashMap<SyntheticRegion.Truth, FlagCode>();
        expected.put(SyntheticRegion.Truth.PILED, FlagCode.BOUNDARY_SPIKE);
        expected.put(SyntheticRegion.Truth.INFLATED, FlagCode.NOT_CONFIRMED_GIA);
        expected.put(SyntheticRegion.Truth.INVERTED, FlagCode.DIFFICULTY_INVERSION);
        var ordinary = schools(SyntheticRegion.Truth.ORDINARY);
        var recalls = new EnumMap<FlagCode, Double>(FlagCode.class);
        var soft = new SoftAssertions();
        for (var e : expected.entrySet()) {
            var planted = schools(e.getKey());
            double recall = share(planted, e.getValue());
            double falsePositives = share(ordinary, e.getValue());
            recalls.put(e.getValue(), recall);
            line(
                    "%-22s planted %-9s recall %5.1f %% (%d schools), false positives among %d ordinary schools %4.1f %%",
                    e.getValue(), e.getKey(), 100 * recall, planted.size(), ordinary.size(), 100 * falsePositives);
            soft.assertThat(recall).as("recall of " + e.getValue()).isGreaterThanOrEqualTo(0.9);
            soft.assertThat(falsePositives)
                    .as("false positives of " + e.getValue())
                    .isLessThanOrEqualTo(0.05);
        }
        for (FlagCode code : List.of(FlagCode.HIGH_VS_REGION, FlagCode.TERM_MISMATCH)) {
            double falsePositives = share(ordinary, code);
            line(
                    "%-22s false positives among ordinary schools %4.1f %% (inflated schools flagged %5.1f %%)",
                    code, 100 * falsePositives, 100 * share(schools(SyntheticRegion.Truth.INFLATED), code));
            soft.assertThat(falsePositives).as("false positives of " + code).isLessThanOrEqualTo(0.05);
        }
        var average = schools(SyntheticRegion.Truth.INFLATED_AVERAGE);
        line(
                "%-22s planted %-9s recall %5.1f %% (%d schools; informative: an average school inflated to the top can gain only ~35–50 rank points)",
                FlagCode.NOT_CONFIRMED_GIA,
                "INFLATED_AVERAGE",
                100 * share(average, FlagCode.NOT_CONFIRMED_GIA),
                average.size());
        long anyFlag = ordinary.stream().filter(result.flags()::containsKey).count();
        line(
                "any flag               false positives among ordinary schools %4.1f %%",
                100.0 * anyFlag / ordinary.size());
        write();
    }

    @Test
    void listsThePlantedWeakSchoolsAndFewSchoolsThatAreNotWeak() throws IOException {
        var candidates = result.verdicts().stream()
                .filter(v -> v.outcome() == Verdict.Outcome.CANDIDATE)
                .map(Verdict::schoolId)
                .collect(Collectors.toSet());
        var weak = schools(SyntheticRegion.Truth.WEAK);
        double recall = (double) weak.stream().filter(candidates::contains).count() / weak.size();
        // a school is not weak when its true level is above the lowest quarter of the region's schools
        double[] levels = region.level.values().stream()
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
        double quarter = levels[levels.length / 4];
        var notWeak = region.schools.stream()
                .filter(id -> region.truth.get(id) == SyntheticRegion.Truth.ORDINARY && region.level.get(id) > quarter)
                .toList();
        double falsePositives =
                (double) notWeak.stream().filter(candidates::contains).count() / notWeak.size();
        line(
                "identification         planted WEAK      recall %5.1f %% (%d schools); %d candidates; listed among %d ordinary schools above the lowest quarter %4.1f %%",
                100 * recall, weak.size(), candidates.size(), notWeak.size(), 100 * falsePositives);
        write();
        var soft = new SoftAssertions();
        soft.assertThat(recall).isGreaterThanOrEqualTo(0.9);
        soft.assertThat(falsePositives).isLessThanOrEqualTo(0.05);
        soft.assertAll();
    }

    private static List<UUID> schools(SyntheticRegion.Truth truth) {
        return region.schools.stream()
                .filter(id -> region.truth.get(id) == truth)
                .toList();
    }

    private static double share(List<UUID> schools, FlagCode code) {
        long flagged = schools.stream()
                .filter(id ->
                        result.flags().getOrDefault(id, List.of()).stream().anyMatch(f -> f.code() == code))
                .count();
        return (double) flagged / schools.size();
    }

    private static void line(String format, Object... args) {
        report.append(String.format(java.util.Locale.ROOT, format, args)).append('\n');
    }

    private static synchronized void write() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "identification-quality.txt"), report.toString());
    }
}
