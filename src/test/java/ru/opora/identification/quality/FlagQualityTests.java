package ru.opora.identification.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.opora.identification.engine.FlagCode;
import ru.opora.identification.engine.RuleSet;

/**
 * The objectivity checks judged like arithmetic (issue #16): on simulated regions with planted
 * schools, over five seeds and three years each, every planted kind is caught by the flags meant
 * for it in at least 95 % of its school-years, and no flag — nor all of them together — falls on
 * more than 3 % of the school-years of any kind of clean school (small rural, near the ceiling,
 * poor context, genuinely weak, ordinary). The table goes to {@code target/flag-quality-*.txt}.
 */
class FlagQualityTests {

    @ParameterizedTest(name = "{0} seeds of {1} schools, {2} planted of each kind")
    @CsvSource({"5, 400, 20"})
    void catchesEachPlantedKindAndRarelyFlagsACleanSchool(int seeds, int schools, int planted) throws IOException {
        var report = FlagQuality.measure(RuleSet.defaults(), seeds, schools, planted);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "flag-quality-" + schools + ".txt"), report.table());
        var soft = new SoftAssertions();
        for (var kind : SimulatedRegion.Kind.values()) {
            var tally = report.byKind().get(kind);
            if (kind.planted()) {
                soft.assertThat(tally.recall()).as("recall of " + kind).isGreaterThanOrEqualTo(0.95);
                continue;
            }
            soft.assertThat(tally.any())
                    .as("false alarms of any flag on " + kind)
                    .isLessThanOrEqualTo(0.03);
            for (FlagCode code : FlagCode.values())
                soft.assertThat(tally.share(code))
                        .as("false alarms of " + code + " on " + kind)
                        .isLessThanOrEqualTo(0.03);
        }
        soft.assertThat(report.clean().any())
                .as("false alarms among all clean schools")
                .isLessThanOrEqualTo(0.03);
        soft.assertThat(report.clean().seen()).isGreaterThan(schools * seeds * 3 * 8 / 10);
        soft.assertAll();
    }
}
