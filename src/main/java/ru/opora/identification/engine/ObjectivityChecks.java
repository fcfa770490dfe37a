package ru.opora.identification.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.opora.shared.Formats;

/**
 * The objectivity flags of docs/domain.md §6.5, computed from the schools' aggregates of one year.
 * Each flag pools a school's evidence over all its ВПР of the year: one class of 15 pupils is too
 * noisy to judge, the school's 5–15 works together are not, and a flag is about a school's practice.
 * A flag is evidence for a human review, never a sanction.
 */
public final class ObjectivityChecks {

    private final RuleSet rules;

    public ObjectivityChecks(RuleSet rules) {
        this.rules = rules;
    }

    /** Every school's flags; schools without flags are absent. */
    public Map<UUID, List<Flag>> flags(List<SchoolYear> schools) {
        var zScores = AssessmentStatistics.zScores(schools, rules.minParticipants());
        var giaGaps = new GiaComparison(schools, rules.minParticipants());
        var result = new HashMap<UUID, List<Flag>>();
        for (SchoolYear s : schools) {
            var flags = new ArrayList<Flag>();
            if (!s.selective()) high(s, zScores).ifPresent(flags::add);
            giaGaps.flag(s, rules.giaGap()).ifPresent(flags::add);
            inversion(s).ifPresent(flags::add);
            spike(s).ifPresent(flags::add);
            raised(s).ifPresent(flags::add);
            recheck(s).ifPresent(flags::add);
            if (s.federalListBasis() != null)
                flags.add(
                        new Flag(FlagCode.FEDERAL_LIST, 1, 1, List.of(new Flag.Evidence(s.federalListBasis(), 1, 0))));
            if (!flags.isEmpty()) result.put(s.schoolId(), flags);
        }
        return result;
    }

    private java.util.Optional<Flag> high(SchoolYear s, Map<UUID, Map<UUID, Double>> zScores) {
        var evidence = new ArrayList<Flag.Evidence>();
        double weighted = 0;
        int n = 0;
        for (VprResult v : s.vpr()) {
            Double z = zScores.getOrDefault(v.assessmentId(), Map.of()).get(s.schoolId());
            if (z == null) continue;
            evidence.add(new Flag.Evidence(label(v), round(z), v.participants()));
            weighted += z * v.participants();
            n += v.participants();
        }
        if (n < rules.minParticipants()) return java.util.Optional.empty();
        double pooled = weighted / n;
        return pooled >= rules.highZ()
                ? java.util.Optional.of(new Flag(FlagCode.HIGH_VS_REGION, round(pooled), rules.highZ(), evidence))
                : java.util.Optional.empty();
    }

    private java.util.Optional<Flag> inversion(SchoolYear s) {
        var evidence = new ArrayList<Flag.Evidence>();
        double weighted = 0;
        int n = 0;
        for (VprResult v : s.vpr()) {
            if (v.participants() == 0) continue;
            double advanced = 0;
            double basic = 0;
            int advancedCount = 0;
            for (int t = 0; t < v.taskMax().length; t++) {
                if (v.advanced()[t]) {
                    advanced += v.solveRate(t);
                    advancedCount++;
                } else basic += v.solveRate(t);
            }
            int basicCount = v.taskMax().length - advancedCount;
            if (advancedCount == 0 || basicCount == 0) continue;
            double gap = advanced / advancedCount - basic / basicCount;
            evidence.add(new Flag.Evidence(label(v), round(gap), v.participants()));
            weighted += gap * v.participants();
            n += v.participants();
        }
        if (n < rules.minParticipants()) return java.util.Optional.empty();
        double pooled = weighted / n;
        return pooled > rules.inversionMargin()
                ? java.util.Optional.of(
                        new Flag(FlagCode.DIFFICULTY_INVERSION, round(pooled), rules.inversionMargin(), evidence))
                : java.util.Optional.empty();
    }

    /** N(score = a mark's lowest score) / N(score within 2 points of it), over marks 3–5 and the year's works. */
    private java.util.Optional<Flag> spike(SchoolYear s) {
        var evidence = new ArrayList<Flag.Evidence>();
        long on = 0;
        long near = 0;
        for (VprResult v : s.vpr()) {
            long vOn = 0;
            long vNear = 0;
            for (int threshold : v.thresholds()) {
                vOn += count(v.histogram(), threshold);
                for (int score = threshold - 2; score <= threshold + 2; score++) vNear += count(v.histogram(), score);
            }
            if (vNear > 0) evidence.add(new Flag.Evidence(label(v), round((double) vOn / vNear), (int) vNear));
            on += vOn;
            near += vNear;
        }
        if (near < rules.spikeMinWorks()) return java.util.Optional.empty();
        double ratio = (double) on / near;
        return ratio >= rules.spikeRatio()
                ? java.util.Optional.of(new Flag(FlagCode.BOUNDARY_SPIKE, round(ratio), rules.spikeRatio(), evidence))
                : java.util.Optional.empty();
    }

    private java.util.Optional<Flag> raised(SchoolYear s) {
        var evidence = new ArrayList<Flag.Evidence>();
        long raised = 0;
        long known = 0;
        for (VprResult v : s.vpr()) {
            if (v.withJournal() == 0) continue;
            evidence.add(new Flag.Evidence(label(v), round(100.0 * v.journal()[2] / v.withJournal()), v.withJournal()));
            raised += v.journal()[2];
            known += v.withJournal();
        }
        if (known < rules.minParticipants()) return java.util.Optional.empty();
        double share = 100.0 * raised / known;
        return share >= rules.raisedShare()
                ? java.util.Optional.of(new Flag(FlagCode.TERM_MISMATCH, round(share), rules.raisedShare(), evidence))
                : java.util.Optional.empty();
    }

    /** The share of re-checked works that kept their mark and their score within the tolerance (§6.5 worked example). */
    private java.util.Optional<Flag> recheck(SchoolYear s) {
        if (s.rechecks().isEmpty()) return java.util.Optional.empty();
        var byLabel = new java.util.LinkedHashMap<String, int[]>(); // {kept, checked}
        for (var r : s.rechecks()) {
            int[] acc = byLabel.computeIfAbsent(r.label(), k -> new int[2]);
            boolean kept = Math.abs(r.rechecked() - r.original()) <= rules.recheckTolerance()
                    && r.mark(r.rechecked()) == r.mark(r.original());
            if (kept) acc[0]++;
            acc[1]++;
        }
        var evidence = new ArrayList<Flag.Evidence>();
        int kept = 0;
        int checked = 0;
        for (var e : byLabel.entrySet()) {
            evidence.add(
                    new Flag.Evidence(e.getKey(), round(100.0 * e.getValue()[0] / e.getValue()[1]), e.getValue()[1]));
            kept += e.getValue()[0];
            checked += e.getValue()[1];
        }
        double share = 100.0 * kept / checked;
        return share < rules.recheckShare()
                ? java.util.Optional.of(new Flag(FlagCode.RECHECK, round(share), rules.recheckShare(), evidence))
                : java.util.Optional.empty();
    }

    private static int count(int[] histogram, int score) {
        return score < 0 || score >= histogram.length ? 0 : histogram[score];
    }

    static String label(VprResult v) {
        return v.title();
    }

    static double round(double v) {
        return Formats.round(v, 2);
    }
}
