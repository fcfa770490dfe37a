package ru.opora.identification.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The region's options of the identification rule (issue #16): state exams counted with ВПР (AND)
 * or alone (OR), and correctional schools judged apart instead of heading the list.
 */
class IdentificationOptionsTests {

    private static final int YEAR = 2026;

    /** Twenty schools of 20 works; school i has i «2»s, so the 90th percentile sits near 18. */
    private static List<SchoolYear> schools(int correctional, Map<Integer, int[]> ogeByIndex) {
        var schools = new ArrayList<SchoolYear>();
        for (int i = 0; i < 20; i++) {
            var gia = new ArrayList<GiaResult>();
            int[] oge = ogeByIndex.getOrDefault(i, new int[] {20, 1});
            gia.add(new GiaResult("OGE", "RU", oge[0], oge[1], 20));
            schools.add(new SchoolYear(
                    new UUID(1, i),
                    false,
                    false,
                    List.of(vpr(i)),
                    gia,
                    List.of(),
                    null,
                    null,
                    i == correctional,
                    i == correctional ? 100.0 : 2.0));
        }
        return schools;
    }

    private static VprResult vpr(int twos) {
        int[] histogram = new int[5];
        histogram[0] = twos;
        histogram[4] = 20 - twos;
        return new VprResult(
                new UUID(0, 1),
                "Русский язык, 5 класс",
                "RU",
                5,
                4,
                new int[] {1, 2, 3},
                new int[] {4},
                new boolean[] {false},
                20,
                new int[] {twos, 0, 0, 20 - twos},
                histogram,
                new long[] {4L * (20 - twos)},
                new int[3]);
    }

    private static RuleSet rules(boolean giaAlone, boolean separate) {
        var d = RuleSet.defaults();
        return new RuleSet(
                d.firstGrade(),
                d.lastGrade(),
                d.vprPercentile(),
                1,
                d.minParticipants(),
                true,
                giaAlone,
                d.giaPercentile(),
                d.giaSubjects(),
                true,
                separate,
                50,
                d.falseAlarm(),
                d.minEffect(),
                d.giaMinEffect(),
                d.recheckShare(),
                d.recheckTolerance(),
                d.socialPercentile(),
                false,
                false);
    }

    private static Verdict verdict(Identification.Result result, int index) {
        return result.verdicts().stream()
                .filter(v -> v.schoolId().equals(new UUID(1, index)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCorrectionalSchoolIsJudgedApartAndLeavesThePercentileToTheOthers() {
        var byYear = Map.of(YEAR, schools(19, Map.of()));
        var apart = new Identification(rules(false, true)).run(YEAR, byYear, Set.of());
        assertThat(verdict(apart, 19).outcome()).isEqualTo(Verdict.Outcome.SPECIAL);
        assertThat(verdict(apart, 19).basis()).isEqualTo(Verdict.Basis.LOW_VPR_YEARS);
        // without the correctional school the top tenth is school 18 (and 17 at the edge), not 19
        assertThat(verdict(apart, 18).outcome()).isEqualTo(Verdict.Outcome.CANDIDATE);
        var together = new Identification(rules(false, false)).run(YEAR, byYear, Set.of());
        assertThat(verdict(together, 19).outcome()).isEqualTo(Verdict.Outcome.CANDIDATE);
    }

    @Test
    void lowStateExamsAloneMakeACandidateOnlyWhenTheRegionCountsThemAlone() {
        // school 3 has few «2» in ВПР but half its ОГЭ takers below the minimum
        var byYear = Map.of(YEAR, schools(-1, Map.of(3, new int[] {20, 10})));
        var and = new Identification(rules(false, true)).run(YEAR, byYear, Set.of());
        assertThat(verdict(and, 3).outcome()).isEqualTo(Verdict.Outcome.NOT_LOW);
        var or = new Identification(rules(true, true)).run(YEAR, byYear, Set.of());
        assertThat(verdict(or, 3).outcome()).isEqualTo(Verdict.Outcome.CANDIDATE);
        assertThat(verdict(or, 3).basis()).isEqualTo(Verdict.Basis.LOW_GIA);
    }
}
