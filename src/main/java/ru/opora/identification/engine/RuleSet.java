package ru.opora.identification.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of identification and of the objectivity checks (docs/domain.md §6.5–6.6). None is a
 * published rule ([U]): these are the defaults, and a region keeps its own versions.
 *
 * @param firstGrade the lowest ВПР grade counted in the share of «2»
 * @param lastGrade the highest ВПР grade counted
 * @param vprPercentile a school is low in ВПР when its share of «2» is at or above this percentile of the region's schools
 * @param windowYears how many consecutive years (ending with the run's) a school must be low in ВПР
 * @param minParticipants fewer ВПР works than this in a year are too few to judge
 * @param useGia whether ОГЭ/ЕГЭ count at all
 * @param giaAlone low ОГЭ/ЕГЭ alone makes a candidate (OR); otherwise only together with low ВПР in the same year (AND)
 * @param giaPercentile low in ОГЭ/ЕГЭ: share below the minimum at or above this percentile
 * @param giaSubjects the subject codes whose ОГЭ/ЕГЭ count (Russian and mathematics by default)
 * @param excludeNonObjective leave schools with confirmed non-objective results out of the list
 * @param separateSpecialSchools judge correctional schools, and schools where pupils with ОВЗ are at least
 *     {@code specialOvzShare} percent, apart: out of the region's percentiles, in a list of their own
 * @param specialOvzShare the share of pupils with ОВЗ, in percent, that makes a school special
 * @param falseAlarm the percent of schools without adjusted results a statistical flag may catch by chance
 * @param minEffect the least gap, in percentage points, between a school and what is expected of it that a flag reports
 * @param giaMinEffect the least gap between a school's ОГЭ/ЕГЭ and what its ВПР predict, in the region's spread of schools
 * @param recheckShare the share of re-checked works that must keep their mark (within the tolerance), in percent
 * @param recheckTolerance the points by which a re-checked score may differ and still count as kept
 * @param socialPercentile a school is tagged ШНСУ when its imported social-context index is at or above this percentile
 * @param exitNeedsMonitoring the exit rule also requires the final monitoring's indicators to reach their targets
 * @param exitNeedsVprGain the exit rule also requires the share of «2» to have fallen from the year before
 *     (both optional in a form or a stored version: absent means no)
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true) // older versions kept cut-offs now gone
public record RuleSet(
        int firstGrade,
        int lastGrade,
        double vprPercentile,
        int windowYears,
        int minParticipants,
        boolean useGia,
        boolean giaAlone,
        double giaPercentile,
        List<String> giaSubjects,
        boolean excludeNonObjective,
        boolean separateSpecialSchools,
        double specialOvzShare,
        double falseAlarm,
        double minEffect,
        double giaMinEffect,
        double recheckShare,
        int recheckTolerance,
        double socialPercentile,
        @org.jspecify.annotations.Nullable Boolean exitNeedsMonitoring,
        @org.jspecify.annotations.Nullable Boolean exitNeedsVprGain) {

    public RuleSet {
        giaSubjects = List.copyOf(giaSubjects);
    }

    /** The defaults of docs/domain.md §6.5 and §6.6. */
    public static RuleSet defaults() {
        return new RuleSet(
                4,
                8,
                90,
                2,
                10,
                true,
                false,
                90,
                List.of("RU", "MA"),
                true,
                true,
                50,
                0.5,
                5,
                0.5,
                90,
                1,
                75,
                false,
                false);
    }

    /** What is wrong with the parameters, as message keys with the offending field; empty when they make sense. */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (firstGrade < 1 || lastGrade > 11 || firstGrade > lastGrade) problems.add("grades");
        if (!percent(vprPercentile) || !percent(giaPercentile) || !percent(socialPercentile))
            problems.add("percentile");
        if (windowYears < 1 || windowYears > 5) problems.add("windowYears");
        if (minParticipants < 1) problems.add("minParticipants");
        if (!(falseAlarm > 0 && falseAlarm <= 20)) problems.add("falseAlarm");
        if (!(minEffect >= 0 && minEffect <= 100) || !(giaMinEffect >= 0 && giaMinEffect <= 10))
            problems.add("minEffect");
        if (!percent(specialOvzShare)) problems.add("specialOvzShare");
        if (!percent(recheckShare) || recheckTolerance < 0) problems.add("recheck");
        return problems;
    }

    /** The number of standard errors a statistical flag needs: the upper-tail point of the false-alarm rate. */
    public double criticalZ() {
        return Normal.criticalValue(falseAlarm / 100);
    }

    private static boolean percent(double v) {
        return v > 0 && v <= 100;
    }
}
