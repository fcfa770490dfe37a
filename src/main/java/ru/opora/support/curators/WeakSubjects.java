package ru.opora.support.curators;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
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

    /** The weak subjects of the given schools (the reader's ШНОР): what a page shows, not the whole region. */
    Found of(OrgPath regionPath, int year, java.util.Collection<UUID> schools) {
        var bySchool = new HashMap<UUID, Set<String>>();
        var names = new HashMap<String, String>();
        var vprYear = results.years(regionPath).stream().filter(y -> y <= year).findFirst();
        if (vprYear.isEmpty()) return new Found(bySchool, names);
        // one read of the schools' rows of the year, the region's share beside each
        for (var t : results.twosBySchool(regionPath, vprYear.get(), schools)) {
            names.put(t.subjectCode(), t.subjectName());
            if (t.works() > 0 && 100.0 * t.twos() / t.works() - t.regionShare() >= gap)
                bySchool.computeIfAbsent(t.schoolId(), k -> new HashSet<>()).add(t.subjectCode());
        }
        return new Found(bySchool, names);
    }
}
