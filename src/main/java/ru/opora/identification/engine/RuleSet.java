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
 * @param useGia whether low ВПР plus low ОГЭ/ЕГЭ in the same year also makes a candidate
 * @param giaPercentile low in ОГЭ/ЕГЭ: share below the minimum at or above this percentile
 * @param giaSubjects the subject codes whose ОГЭ/ЕГЭ count (Russian and mathematics by default)
 * @param excludeNonObjective leave schools with confirmed non-objective results out of the list
 * @param highZ the z-score of the school's mean percent over the region's schools that flags HIGH_VS_REGION
 * @param giaGap percentile points by which the ВПР rank may exceed the ОГЭ/ЕГЭ rank
 * @param inversionMargin points by which advanced tasks may be solved better than basic ones
 * @param spikeRatio share of the works near a mark's threshold that sit exactly on it
 * @param spikeMinWorks works near the thresholds needed before the spike ratio means anything
 * @param raisedShare percent of works whose ВПР mark is above the journal mark
 * @param recheckShare the share of re-checked works that must keep their mark (within the tolerance), in percent
 * @param recheckTolerance the points by which a re-checked score may differ and still count as kept
 * @param socialPercentile a school is tagged ШНСУ when its imported social-context index is at or above this percentile
 */
public record RuleSet(
        int firstGrade,
        int lastGrade,
        double vprPercentile,
        int windowYears,
        int minParticipants,
        boolean useGia,
        double giaPercentile,
        List<String> giaSubjects,
        boolean excludeNonObjective,
        double highZ,
        double giaGap,
        double inversionMargin,
        double spikeRatio,
        int spikeMinWorks,
        double raisedShare,
        double recheckShare,
        int recheckTolerance,
        double socialPercentile) {

    public RuleSet {
        giaSubjects = List.copyOf(giaSubjects);
    }

    /** The defaults of docs/domain.md §6.5 and §6.6. */
    public static RuleSet defaults() {
        return new RuleSet(4, 8, 90, 2, 10, true, 90, List.of("RU", "MA"), true, 2.0, 40, 0, 0.6, 30, 30, 90, 1, 75);
    }

    /** What is wrong with the parameters, as message keys with the offending field; empty when they make sense. */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (firstGrade < 1 || lastGrade > 11 || firstGrade > lastGrade) problems.add("grades");
        if (!percent(vprPercentile) || !percent(giaPercentile) || !percent(socialPercentile))
            problems.add("percentile");
        if (windowYears < 1 || windowYears > 5) problems.add("windowYears");
        if (minParticipants < 1) problems.add("minParticipants");
        if (highZ <= 0 || giaGap <= 0 || giaGap > 100) problems.add("objectivity");
        if (spikeRatio <= 0 || spikeRatio > 1 || spikeMinWorks < 1) problems.add("spike");
        if (!percent(raisedShare)) problems.add("raisedShare");
        if (!percent(recheckShare) || recheckTolerance < 0) problems.add("recheck");
        return problems;
    }

    private static boolean percent(double v) {
        return v > 0 && v <= 100;
    }
}
