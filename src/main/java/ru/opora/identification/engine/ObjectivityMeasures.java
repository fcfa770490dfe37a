package ru.opora.identification.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * What each statistical objectivity check measures in a school's year, and against which level.
 * The measures are additive counts of the school's aggregates, so a region's year costs one pass.
 */
final class ObjectivityMeasures {

    private ObjectivityMeasures() {}

    /** A share from n works cannot vary less than a binomial one; shares near 0 or 100 % are held off the edge. */
    private static final LevelFit.Floor SHARE = (e, n) -> {
        double p = Math.min(95, Math.max(5, e));
        return p * (100 - p) / n;
    };

    static List<LevelCheck.Definition> all() {
        return List.of(
                // high results alone are no sign: strong schools are high; it counts within INFLATION only
                new LevelCheck.Definition(
                        FlagCode.HIGH_VS_REGION,
                        ObjectivityMeasures::meanPercent,
                        1,
                        1,
                        (e, n) -> 15.0 * 15.0 / n,
                        false,
                        false),
                new LevelCheck.Definition(
                        FlagCode.NOT_CONFIRMED_GIA,
                        ObjectivityMeasures::examAgainstVpr,
                        -1,
                        1,
                        (e, n) -> 9.0 / n,
                        true,
                        true),
                new LevelCheck.Definition(
                        FlagCode.DIFFICULTY_INVERSION,
                        ObjectivityMeasures::hardMinusEasy,
                        1,
                        2,
                        (e, n) -> 20.0 * 20.0 / n,
                        false,
                        true),
                new LevelCheck.Definition(
                        FlagCode.BOUNDARY_SPIKE, ObjectivityMeasures::onThresholds, 1, 2, SHARE, false, true),
                new LevelCheck.Definition(
                        FlagCode.TERM_MISMATCH, ObjectivityMeasures::aboveJournal, 1, 2, SHARE, false, true));
    }

    /**
     * HIGH_VS_REGION: the mean percent against what the school's social context predicts (the
     * imported index), or against the region's level when the index is missing. Lyceums and
     * gymnasiums are expected to be high and are not read.
     */
    static List<LevelCheck.Reading> meanPercent(SchoolYear s) {
        if (s.selective()) return List.of();
        double context = s.socialIndex() == null ? Double.NaN : s.socialIndex();
        var readings = new ArrayList<LevelCheck.Reading>();
        for (VprResult v : s.vpr())
            if (v.participants() > 0)
                readings.add(new LevelCheck.Reading(
                        v.assessmentId().toString(), v.title(), context, v.meanPercent(), v.participants()));
        return readings;
    }

    /**
     * NOT_CONFIRMED_GIA: the mean score of each ОГЭ/ЕГЭ against what the school's ВПР level in the
     * same subject predicts. External marking makes the state exams the check of high ВПР results;
     * the uncertainty of a small graduating class is part of the comparison.
     */
    static List<LevelCheck.Reading> examAgainstVpr(SchoolYear s) {
        var bySubject = new HashMap<String, double[]>(); // subject → {Σ percent × works, works}
        for (VprResult v : s.vpr()) {
            if (v.participants() == 0) continue;
            double[] acc = bySubject.computeIfAbsent(v.subjectCode(), k -> new double[2]);
            acc[0] += v.meanPercent() * v.participants();
            acc[1] += v.participants();
        }
        var readings = new ArrayList<LevelCheck.Reading>();
        for (GiaResult g : s.gia()) {
            double[] vpr = bySubject.get(g.subjectCode());
            if (vpr == null || g.participants() == 0) continue;
            readings.add(new LevelCheck.Reading(
                    g.exam() + "/" + g.subjectCode(), g.title(), vpr[0] / vpr[1], g.meanScore(), g.participants()));
        }
        return readings;
    }

    /** DIFFICULTY_INVERSION: advanced minus basic solve rate, against schools with the same basic rate. */
    static List<LevelCheck.Reading> hardMinusEasy(SchoolYear s) {
        var readings = new ArrayList<LevelCheck.Reading>();
        for (VprResult v : s.vpr()) {
            if (v.participants() == 0) continue;
            double[] rates = v.basicAndAdvancedRates();
            if (rates == null) continue;
            readings.add(new LevelCheck.Reading(
                    v.assessmentId().toString(), v.title(), rates[0], rates[1] - rates[0], v.participants()));
        }
        return readings;
    }

    /**
     * BOUNDARY_SPIKE: of the works scoring a mark's lowest score or the two scores below it, the
     * share exactly on it, against schools of the same mean. Lifting the works 1–2 points short of
     * a mark empties the scores below the threshold into it.
     */
    static List<LevelCheck.Reading> onThresholds(SchoolYear s) {
        var readings = new ArrayList<LevelCheck.Reading>();
        for (VprResult v : s.vpr()) {
            long on = 0;
            long near = 0;
            for (int threshold : v.thresholds()) {
                if (threshold < 2) continue;
                on += count(v.histogram(), threshold);
                for (int score = threshold - 2; score <= threshold; score++) near += count(v.histogram(), score);
            }
            if (near > 0)
                readings.add(new LevelCheck.Reading(
                        v.assessmentId().toString(), v.title(), v.meanPercent(), 100.0 * on / near, near));
        }
        return readings;
    }

    /**
     * TERM_MISMATCH: the share of works marked above the journal mark less the share marked below
     * it, against schools of the same mean. Both halves move when results are lifted above what
     * the teachers see all year.
     */
    static List<LevelCheck.Reading> aboveJournal(SchoolYear s) {
        var readings = new ArrayList<LevelCheck.Reading>();
        for (VprResult v : s.vpr())
            if (v.withJournal() > 0)
                readings.add(new LevelCheck.Reading(
                        v.assessmentId().toString(),
                        v.title(),
                        v.meanPercent(),
                        100.0 * v.journal()[2] / v.withJournal(),
                        v.withJournal()));
        return readings;
    }

    private static int count(int[] histogram, int score) {
        return score < 0 || score >= histogram.length ? 0 : histogram[score];
    }
}
