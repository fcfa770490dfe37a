package ru.opora.identification.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Per-assessment statistics over the region's schools with enough works. */
final class AssessmentStatistics {

    private AssessmentStatistics() {}

    /** For each assessment, each school's z-score of its mean percent among the schools with at least {@code minN} works. */
    static Map<UUID, Map<UUID, Double>> zScores(Iterable<SchoolYear> schools, int minN) {
        var byAssessment = meanPercents(schools, minN);
        var result = new HashMap<UUID, Map<UUID, Double>>();
        byAssessment.forEach((assessment, values) -> {
            if (values.size() < 3) return;
            double mean = values.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElse(0);
            double variance = values.values().stream()
                            .mapToDouble(v -> (v - mean) * (v - mean))
                            .sum()
                    / (values.size() - 1);
            double sd = Math.sqrt(variance);
            if (sd == 0) return;
            var z = new HashMap<UUID, Double>();
            values.forEach((school, v) -> z.put(school, (v - mean) / sd));
            result.put(assessment, z);
        });
        return result;
    }

    /** For each assessment, each school's percentile rank of its mean percent. */
    static Map<UUID, Map<UUID, Double>> ranks(Iterable<SchoolYear> schools, int minN) {
        var result = new HashMap<UUID, Map<UUID, Double>>();
        meanPercents(schools, minN)
                .forEach((assessment, values) -> result.put(assessment, Ranks.percentileRanks(values)));
        return result;
    }

    private static Map<UUID, Map<UUID, Double>> meanPercents(Iterable<SchoolYear> schools, int minN) {
        var byAssessment = new HashMap<UUID, Map<UUID, Double>>();
        for (SchoolYear s : schools)
            for (VprResult v : s.vpr())
                if (v.participants() >= minN)
                    byAssessment
                            .computeIfAbsent(v.assessmentId(), k -> new HashMap<>())
                            .put(s.schoolId(), v.meanPercent());
        return byAssessment;
    }
}
