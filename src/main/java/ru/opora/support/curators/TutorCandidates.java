package ru.opora.support.curators;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.SchoolResults;
import ru.opora.orgunits.OrgPath;

/**
 * Schools that may tutor a ШНОР: those with high results in the newest ВПР year up to the cohort's —
 * a share of «2» in the region's lowest quarter and a share of «4» and «5» in its highest, over all
 * ВПР works of the year — and those far above the expectation of their context (identification's
 * context model, 1,5 residual spreads better) [U: both cut-offs are defaults, not official rules].
 */
@Component
class TutorCandidates {

    private final SchoolResults results;
    private final ru.opora.identification.ContextExpectations expectations;
    private final ru.opora.identification.ObjectivityConcerns concerns;

    TutorCandidates(
            SchoolResults results,
            ru.opora.identification.ContextExpectations expectations,
            ru.opora.identification.ObjectivityConcerns concerns) {
        this.results = results;
        this.expectations = expectations;
        this.concerns = concerns;
    }

    /** The candidates and those whose figures would make them one but whose results are in doubt. */
    record Found(Set<UUID> candidates, Map<UUID, java.util.List<String>> inDoubt) {}

    Set<UUID> of(OrgPath regionPath, int year) {
        return find(regionPath, year).candidates();
    }

    /**
     * Strong schools and schools far better than their context predicts, but never one with an open
     * or confirmed objectivity flag: such a school is set aside with its flags (issue #16).
     */
    Found find(OrgPath regionPath, int year) {
        var all = new HashSet<UUID>(highResults(regionPath, year));
        all.addAll(expectations.aboveExpectation(regionPath, year, 1.5));
        var doubtful = concerns.of(regionPath, year);
        var inDoubt = new java.util.TreeMap<UUID, java.util.List<String>>();
        for (UUID school : all) if (doubtful.containsKey(school)) inDoubt.put(school, doubtful.get(school));
        all.removeAll(inDoubt.keySet());
        return new Found(all, inDoubt);
    }

    private Set<UUID> highResults(OrgPath regionPath, int year) {
        var vprYear = results.years(regionPath).stream().filter(y -> y <= year).findFirst();
        if (vprYear.isEmpty()) return Set.of();
        var counts = new HashMap<UUID, long[]>(); // school → {works, twos, fours and fives}
        for (var a : results.assessments(regionPath, vprYear.get())) {
            if (a.kind() != AssessmentKind.VPR) continue;
            results.forEachSchool(a.id(), regionPath, s -> {
                var c = counts.computeIfAbsent(s.schoolId(), k -> new long[3]);
                c[0] += s.participants();
                c[1] += s.marks()[0];
                c[2] += s.marks()[2] + s.marks()[3];
            });
        }
        counts.values().removeIf(c -> c[0] < 10); // too few works to call a school strong
        if (counts.isEmpty()) return Set.of();
        double twosCut = quantile(share(counts, 1), 0.25);
        double highCut = quantile(share(counts, 2), 0.75);
        var result = new HashSet<UUID>();
        counts.forEach((school, c) -> {
            if ((double) c[1] / c[0] <= twosCut && (double) c[2] / c[0] >= highCut) result.add(school);
        });
        return result;
    }

    private static double[] share(Map<UUID, long[]> counts, int index) {
        return counts.values().stream()
                .mapToDouble(c -> (double) c[index] / c[0])
                .sorted()
                .toArray();
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.floor(q * (sorted.length - 1))];
    }
}
