package ru.opora.identification.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A statistical check compares a school with what schools of its level and size predict: the
 * same gap is strong evidence from two hundred works and weak evidence from six, a trend with the
 * level is not a gap, and the flag carries the expected value beside the observed one.
 */
class LevelCheckTests {

    /** Sixty ordinary schools whose measure rises with their level (30 + 0.3 × level) with chance and school spread. */
    private static Map<UUID, LevelCheck.Reading> region(long seed) {
        var random = new Random(seed);
        var readings = new HashMap<UUID, LevelCheck.Reading>();
        for (int i = 0; i < 60; i++) {
            double level = 20 + 60 * random.nextDouble();
            int n = 10 + random.nextInt(60);
            double y = 30 + 0.3 * level + random.nextGaussian() * Math.sqrt(16 + 400.0 / n);
            readings.put(new UUID(seed, i), new LevelCheck.Reading("A", "Математика, 5 класс", level, y, n));
        }
        return readings;
    }

    private static LevelCheck check(Map<UUID, LevelCheck.Reading> readings) {
        return new LevelCheck(new LevelCheck.Definition(
                FlagCode.TERM_MISMATCH,
                s -> readings.containsKey(s.schoolId()) ? List.of(readings.get(s.schoolId())) : List.of(),
                1,
                1,
                // a share from n works varies at least as a binomial one: the rule for a small school's uncertainty
                (e, n) -> e * (100 - e) / n,
                false,
                true));
    }

    private static List<SchoolYear> schools(Map<UUID, LevelCheck.Reading> readings) {
        var schools = new ArrayList<SchoolYear>();
        for (UUID id : readings.keySet()) schools.add(new SchoolYear(id, false, false, List.of(), List.of()));
        return schools;
    }

    @Test
    void theSameGapFlagsALargeSchoolAndNotAClassOfSix() {
        var readings = region(1);
        var large = new UUID(9, 1);
        var small = new UUID(9, 2);
        // both 25 points above what a school at level 50 is expected to show (30 + 0.3 × 50 = 45)
        readings.put(large, new LevelCheck.Reading("A", "Математика, 5 класс", 50, 70, 200));
        readings.put(small, new LevelCheck.Reading("A", "Математика, 5 класс", 50, 70, 6));
        var check = check(readings);
        var gaps = check.gaps(schools(readings));
        assertThat(gaps.get(large).z()).isGreaterThan(gaps.get(small).z());
        var flags = check.flags(gaps, Normal.criticalValue(0.005), 5);
        assertThat(flags).containsKey(large).doesNotContainKey(small);
        var flag = flags.get(large);
        assertThat(flag.value()).isEqualTo(70);
        assertThat(flag.expected()).isCloseTo(45, Offset.offset(3.0));
        assertThat(flag.evidence().getFirst().expected()).isCloseTo(45, Offset.offset(3.0));
        assertThat(flag.chance()).isLessThan(0.005);
    }

    @Test
    void aStrongSchoolHighOnTheRegionsOwnTrendIsNotFlagged() {
        var readings = region(2);
        var strong = new UUID(9, 3);
        // level 95 predicts 58.5: a measure of 60 from 150 works is on the trend, far above the region's mean
        readings.put(strong, new LevelCheck.Reading("A", "Математика, 5 класс", 95, 60, 150));
        var check = check(readings);
        assertThat(check.flags(check.gaps(schools(readings)), Normal.criticalValue(0.005), 5))
                .doesNotContainKey(strong);
    }

    @Test
    void aGapTooSmallToMatterIsNotFlaggedHoweverCertain() {
        var readings = region(3);
        var huge = new UUID(9, 4);
        readings.put(huge, new LevelCheck.Reading("A", "Математика, 5 класс", 50, 49, 100_000));
        var check = check(readings);
        var gaps = check.gaps(schools(readings));
        assertThat(check.flags(gaps, Normal.criticalValue(0.005), 5)).doesNotContainKey(huge);
        assertThat(check.flags(gaps, Normal.criticalValue(0.005), 0)).doesNotContainKey(huge);
    }

    @Test
    void saysNothingWhenTooFewSchoolsShowWhatIsNormal() {
        var readings = new HashMap<UUID, LevelCheck.Reading>();
        for (int i = 0; i < LevelFit.MIN_SCHOOLS - 1; i++)
            readings.put(new UUID(7, i), new LevelCheck.Reading("A", "a", i, i == 0 ? 100 : 10, 30));
        var check = check(readings);
        assertThat(check.gaps(schools(readings))).isEmpty();
    }

    @Test
    void theCriticalValueAndTheTailAgree() {
        assertThat(Normal.criticalValue(0.005)).isCloseTo(2.5758, Offset.offset(0.001));
        assertThat(Normal.upperTail(1.96)).isCloseTo(0.025, Offset.offset(0.0005));
        assertThat(Normal.upperTail(-1.0)).isCloseTo(0.8413, Offset.offset(0.0005));
    }
}
