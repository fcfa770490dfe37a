package ru.opora.identification.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recall and false positives of identification on a synthetic region with planted schools (600
 * schools, realistic class sizes; 30 weak, 20 of each non-objective pattern). The figures are
 * written to {@code target/identification-quality.txt} for the closing note. Aim of #4: recall ≥ 90 %
 * with at most 5 % false positives. The objectivity flags are measured by {@code FlagQualityTests}.
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
