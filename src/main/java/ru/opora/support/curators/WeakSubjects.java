package ru.opora.support.curators;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.SchoolResults;
import ru.opora.orgunits.OrgPath;

/**
 * A school's weak subjects for the matching: in the newest ВПР year up to the cohort's, the subjects
 * where its share of «2» exceeds the region's by at least {@code opora.support.weak-subject-gap}
 * percentage points (default 10) [U].
 */
@Component
class WeakSubjects {

    private final SchoolResults results;
    private final double gap;

    WeakSubjects(SchoolResults results, @Value("${opora.support.weak-subject-gap:10}") double gap) {
        this.results = results;
        this.gap = gap;
    }

    /** Subject codes by school, and the subjects' names by code. */
    public record Found(Map<UUID, Set<String>> bySchool, Map<String, String> names) {}

    Found of(OrgPath regionPath, int year) {
        var bySchool = new HashMap<UUID, Set<String>>();
        var names = new HashMap<String, String>();
        var vprYear = results.years(regionPath).stream().filter(y -> y <= year).findFirst();
        if (vprYear.isEmpty()) return new Found(bySchool, names);
        for (var a : results.assessments(regionPath, vprYear.get())) {
            if (a.kind() != AssessmentKind.VPR) continue;
            names.put(a.subjectCode(), a.subjectName());
            var shares = new HashMap<UUID, double[]>(); // school → {twos, participants}
            results.forEachSchool(a.id(), regionPath, s -> {
                var c = shares.computeIfAbsent(s.schoolId(), k -> new double[2]);
                c[0] += s.marks()[0];
                c[1] += s.participants();
            });
            double twos = shares.values().stream().mapToDouble(c -> c[0]).sum();
            double all = shares.values().stream().mapToDouble(c -> c[1]).sum();
            if (all == 0) continue;
            double region = 100 * twos / all;
            shares.forEach((school, c) -> {
                if (c[1] > 0 && 100 * c[0] / c[1] - region >= gap)
                    bySchool.computeIfAbsent(school, k -> new HashSet<>()).add(a.subjectCode());
            });
        }
        return new Found(bySchool, names);
    }
}
