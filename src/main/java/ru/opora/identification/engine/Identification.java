package ru.opora.identification.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The identification rule of docs/domain.md §6.6 over a region's schools: low in ВПР (share of «2» at
 * or above a percentile) in every year of the window, or low in ВПР and in ОГЭ/ЕГЭ in the run's
 * year; too few works, or confirmed non-objective results, keep a school off the list.
 */
public final class Identification {

    /** A run's verdicts, the thresholds it computed and the flags of the run's year. */
    public record Result(
            List<Verdict> verdicts,
            Map<Integer, Double> vprThresholds,
            double ogeThreshold,
            double egeThreshold,
            Map<UUID, List<Flag>> flags) {}

    private final RuleSet rules;

    public Identification(RuleSet rules) {
        this.rules = rules;
    }

    /**
     * @param byYear the schools' data for the run's year and the earlier years of the window
     * @param confirmedNonObjective schools whose results of the run's year a reviewer confirmed as non-objective
     */
    public Result run(int year, Map<Integer, List<SchoolYear>> byYear, Set<UUID> confirmedNonObjective) {
        List<SchoolYear> current = byYear.getOrDefault(year, List.of());
        var flags = new ObjectivityChecks(rules).flags(current);
        // special schools are left out of the percentiles that they would otherwise fill (issue #16)
        var special = new java.util.HashSet<UUID>();
        for (SchoolYear s : current) if (s.special(rules)) special.add(s.schoolId());
        var share2 = new HashMap<Integer, Map<UUID, double[]>>(); // year → school → {share, works}
        var thresholds = new HashMap<Integer, Double>();
        var ranks = new HashMap<Integer, Map<UUID, Double>>();
        for (int y = year; y > year - rules.windowYears(); y--) {
            var shares = share2(byYear.getOrDefault(y, List.of()));
            share2.put(y, shares);
            var ranked = without(shares, special);
            thresholds.put(y, threshold(ranked, rules.vprPercentile(), rules.minParticipants()));
            ranks.put(y, ranks(ranked, rules.minParticipants()));
        }
        var oge = belowMinimum(current, "OGE");
        var ege = belowMinimum(current, "EGE");
        var social = new HashMap<UUID, Double>();
        for (SchoolYear s : current) if (s.socialIndex() != null) social.put(s.schoolId(), s.socialIndex());
        var socialRanks = Ranks.percentileRanks(social);
        var ogeRanks = ranks(without(oge, special), giaMinimum());
        var egeRanks = ranks(without(ege, special), giaMinimum());
        double ogeThreshold = threshold(without(oge, special), rules.giaPercentile(), giaMinimum());
        double egeThreshold = threshold(without(ege, special), rules.giaPercentile(), giaMinimum());
        var verdicts = new ArrayList<Verdict>();
        for (SchoolYear s : current) {
            boolean apart = special.contains(s.schoolId());
            var years = years(s.schoolId(), year, share2, thresholds, ranks, apart);
            var ogeMeasure = gia(oge.get(s.schoolId()), ogeThreshold, ogeRanks.get(s.schoolId()), apart);
            var egeMeasure = gia(ege.get(s.schoolId()), egeThreshold, egeRanks.get(s.schoolId()), apart);
            // ШНСУ: the register says so, or the imported social-context index is in the region's top quarter (§6.6)
            boolean adverse = s.adverse() || low(socialRanks.get(s.schoolId()), rules.socialPercentile());
            verdicts.add(verdict(
                    adverse ? s.withAdverse() : s,
                    years,
                    ogeMeasure,
                    egeMeasure,
                    flags.getOrDefault(s.schoolId(), List.of()),
                    confirmedNonObjective));
        }
        return new Result(verdicts, thresholds, ogeThreshold, egeThreshold, flags);
    }

    /**
     * The school's share of «2» in each year of the window against that year's threshold. A
     * special school has no rank among the others: it is low when its share is at or above their
     * threshold.
     */
    private List<Verdict.YearMeasure> years(
            UUID school,
            int year,
            Map<Integer, Map<UUID, double[]>> share2,
            Map<Integer, Double> thresholds,
            Map<Integer, Map<UUID, Double>> ranks,
            boolean apart) {
        var years = new ArrayList<Verdict.YearMeasure>();
        for (int y = year; y > year - rules.windowYears(); y--) {
            double[] m = share2.get(y).get(school);
            double t = thresholds.get(y);
            if (m == null) {
                years.add(new Verdict.YearMeasure(y, 0, 0, t, false));
                continue;
            }
            boolean low = apart
                    ? m[1] >= rules.minParticipants() && m[0] >= t
                    : low(ranks.get(y).get(school), rules.vprPercentile());
            years.add(new Verdict.YearMeasure(y, (int) m[1], m[0], t, low));
        }
        return years;
    }

    private Verdict verdict(
            SchoolYear s,
            List<Verdict.YearMeasure> years,
            Verdict.@Nullable GiaMeasure oge,
            Verdict.@Nullable GiaMeasure ege,
            List<Flag> flags,
            Set<UUID> confirmedNonObjective) {
        boolean lowAllYears = years.stream().allMatch(Verdict.YearMeasure::low);
        boolean lowNow = years.getFirst().low();
        boolean lowGia = (oge != null && oge.low()) || (ege != null && ege.low());
        Verdict.Basis basis = lowAllYears
                ? Verdict.Basis.LOW_VPR_YEARS
                : rules.useGia() && lowNow && lowGia
                        ? Verdict.Basis.LOW_VPR_AND_GIA
                        : rules.useGia() && rules.giaAlone() && lowGia ? Verdict.Basis.LOW_GIA : null;
        Verdict.Outcome outcome;
        boolean tooFew = years.getFirst().participants() < rules.minParticipants();
        if (s.special(rules)) outcome = Verdict.Outcome.SPECIAL;
        else if (tooFew && basis != Verdict.Basis.LOW_GIA) outcome = Verdict.Outcome.TOO_FEW;
        else if (basis == null) outcome = Verdict.Outcome.NOT_LOW;
        else if (rules.excludeNonObjective() && confirmedNonObjective.contains(s.schoolId()))
            outcome = Verdict.Outcome.NON_OBJECTIVE;
        else outcome = Verdict.Outcome.CANDIDATE;
        return new Verdict(
                s.schoolId(),
                outcome,
                outcome == Verdict.Outcome.TOO_FEW ? null : basis,
                years,
                oge,
                ege,
                flags,
                s.adverse());
    }

    private Map<UUID, double[]> share2(List<SchoolYear> schools) {
        var result = new HashMap<UUID, double[]>();
        for (SchoolYear s : schools) {
            long twos = 0;
            long works = 0;
            for (VprResult v : s.vpr()) {
                if (v.grade() < rules.firstGrade() || v.grade() > rules.lastGrade()) continue;
                twos += v.marks()[0];
                works += v.participants();
            }
            if (works > 0) result.put(s.schoolId(), new double[] {100.0 * twos / works, works});
        }
        return result;
    }

    private static Map<UUID, double[]> without(Map<UUID, double[]> measures, Set<UUID> special) {
        if (special.isEmpty()) return measures;
        var kept = new HashMap<>(measures);
        kept.keySet().removeAll(special);
        return kept;
    }

    private Map<UUID, double[]> belowMinimum(List<SchoolYear> schools, String exam) {
        var result = new HashMap<UUID, double[]>();
        for (SchoolYear s : schools) {
            long below = 0;
            long participants = 0;
            for (GiaResult g : s.gia()) {
                if (!g.exam().equals(exam) || !rules.giaSubjects().contains(g.subjectCode())) continue;
                below += g.belowMinimum();
                participants += g.participants();
            }
            if (participants > 0) result.put(s.schoolId(), new double[] {100.0 * below / participants, participants});
        }
        return result;
    }

    /** The percentile of the measure over the schools with enough works or participants to count. */
    private static double threshold(Map<UUID, double[]> measures, double percentile, int minimum) {
        double[] counted = measures.values().stream()
                .filter(m -> m[1] >= minimum)
                .mapToDouble(m -> m[0])
                .toArray();
        // no school to compare with: 0, and nothing is low, since low also needs enough works
        return counted.length == 0 ? 0 : Ranks.percentile(counted, percentile);
    }

    /** Graduating classes are small: five exam takers are enough to count a school's ОГЭ or ЕГЭ. */
    private int giaMinimum() {
        return Math.min(5, rules.minParticipants());
    }

    /** A special school, unranked among the others, is low when its share is at or above their threshold. */
    private Verdict.@Nullable GiaMeasure gia(
            double @Nullable [] m, double threshold, @Nullable Double rank, boolean apart) {
        if (m == null) return null;
        boolean low = apart ? m[1] >= giaMinimum() && m[0] >= threshold : low(rank, rules.giaPercentile());
        return new Verdict.GiaMeasure((int) m[1], m[0], threshold, low);
    }

    /**
     * Low means among the top (100 − p) % of the counted schools by the measure: a percentile rank,
     * ties counting half, of at least p. Equivalent to «at or above the p-th percentile» for spread
     * values, and it does not call a dozen schools tied at the percentile all low.
     */
    private static boolean low(@Nullable Double rank, double percentile) {
        return rank != null && rank >= percentile;
    }

    /** Percentile ranks among the schools with enough works or participants; the others have none. */
    private static Map<UUID, Double> ranks(Map<UUID, double[]> measures, int minimum) {
        var counted = new HashMap<UUID, Double>();
        measures.forEach((id, m) -> {
            if (m[1] >= minimum) counted.put(id, m[0]);
        });
        return Ranks.percentileRanks(counted);
    }
}
