package ru.opora.identification.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * NOT_CONFIRMED_GIA: a school's rank among the region's schools in a subject's ВПР against its rank
 * in the same subject's ОГЭ/ЕГЭ (mean score). External marking makes the state exams the check of
 * whether high ВПР results are real.
 */
final class GiaComparison {

    private final int minN;
    private final Map<UUID, Map<UUID, Double>> vprRanks;
    /** Per exam and subject ("OGE/RU"), each school's rank by mean score. */
    private final Map<String, Map<UUID, Double>> giaRanks = new HashMap<>();

    GiaComparison(Iterable<SchoolYear> schools, int minN) {
        this.minN = minN;
        this.vprRanks = AssessmentStatistics.ranks(schools, minN);
        var values = new HashMap<String, Map<UUID, Double>>();
        for (SchoolYear s : schools)
            for (GiaResult g : s.gia())
                if (g.participants() >= Math.min(minN, 5)) // a class of 9th-graders is often small
                values.computeIfAbsent(g.exam() + "/" + g.subjectCode(), k -> new HashMap<>())
                            .put(s.schoolId(), g.meanScore());
        values.forEach((key, v) -> giaRanks.put(key, Ranks.percentileRanks(v)));
    }

    /**
     * The school's ВПР rank (works-weighted over the subjects it also took ОГЭ/ЕГЭ in) minus its
     * ОГЭ/ЕГЭ rank (participant-weighted over those exams). Pooling the subjects matters: a
     * graduating class of eight has a noisy mean score, a school's exams together do not.
     */
    Optional<Flag> flag(SchoolYear s, double threshold) {
        var vprBySubject = new HashMap<String, double[]>(); // subject → {rank × works, works}
        for (VprResult v : s.vpr()) {
            Double rank = vprRanks.getOrDefault(v.assessmentId(), Map.of()).get(s.schoolId());
            if (rank == null) continue;
            double[] acc = vprBySubject.computeIfAbsent(v.subjectCode(), k -> new double[2]);
            acc[0] += rank * v.participants();
            acc[1] += v.participants();
        }
        var evidence = new ArrayList<Flag.Evidence>();
        var vprSubjects = new java.util.HashSet<String>();
        double giaWeighted = 0;
        double giaParticipants = 0;
        for (GiaResult g : s.gia()) {
            double[] vpr = vprBySubject.get(g.subjectCode());
            Double giaRank = giaRanks.getOrDefault(g.exam() + "/" + g.subjectCode(), Map.of())
                    .get(s.schoolId());
            if (vpr == null || giaRank == null) continue;
            evidence.add(new Flag.Evidence(
                    g.exam() + " " + g.subjectCode(),
                    ObjectivityChecks.round(vpr[0] / vpr[1] - giaRank),
                    g.participants()));
            giaWeighted += giaRank * g.participants();
            giaParticipants += g.participants();
            vprSubjects.add(g.subjectCode());
        }
        double vprWeighted = 0;
        double works = 0;
        for (String subject : vprSubjects) {
            vprWeighted += vprBySubject.get(subject)[0];
            works += vprBySubject.get(subject)[1];
        }
        if (works < minN || giaParticipants == 0) return Optional.empty();
        double gap = vprWeighted / works - giaWeighted / giaParticipants;
        return gap >= threshold
                ? Optional.of(new Flag(FlagCode.NOT_CONFIRMED_GIA, ObjectivityChecks.round(gap), threshold, evidence))
                : Optional.empty();
    }
}
