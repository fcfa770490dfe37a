package ru.opora.risk.profiles;

import java.time.Year;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SchoolResults;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;

/**
 * Which cohort a page shows: the one asked for, else the region's newest cohort with a catalogue,
 * else the newest year of results. The region is the first segment of the reader's scope.
 */
@Component
public class CohortYears {

    private final JdbcClient jdbc;
    private final SchoolResults results;
    private final java.time.Clock clock;

    CohortYears(JdbcClient jdbc, SchoolResults results, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.results = results;
        this.clock = clock;
    }

    public Cohort of(Scope scope, @Nullable Integer year) {
        OrgPath regionPath = scope.region();
        UUID regionId = regionPath.regionId();
        var known = choices(regionId, regionPath);
        int thisYear = Year.now(clock).getValue();
        if (year != null) {
            // for the schools, municipalities and curators a year is one that has data, or this year or
            // the next: any other year named in an address created a region-wide catalogue and profiles
            // for it (#15, M2). The region's administrators prepare cohorts of any year.
            if (known(known, year, thisYear) || (scope.isRegionWide() && year >= 2000 && year <= 2100))
                return new Cohort(regionPath, year);
            throw new ru.opora.shared.NotFound();
        }
        return new Cohort(regionPath, known.stream().findFirst().orElse(thisYear));
    }

    private static boolean known(List<Integer> known, int year, int thisYear) {
        return known.contains(year) || year == thisYear || year == thisYear + 1;
    }

    /** The cohort a posted form names in its «year» field; the newest when it names none that reads. */
    Cohort posted(Scope scope, org.springframework.util.MultiValueMap<String, String> form) {
        String year = form.getFirst("year");
        try {
            return of(scope, year == null || year.isBlank() ? null : Integer.valueOf(year.strip()));
        } catch (NumberFormatException e) {
            return of(scope, null);
        }
    }

    /** The years a reader may choose: cohorts with a catalogue and years with results, newest first. */
    List<Integer> choices(Cohort cohort) {
        var years = new TreeSet<Integer>(java.util.Comparator.reverseOrder());
        years.addAll(choices(cohort.regionId(), cohort.regionPath()));
        years.add(cohort.year());
        return List.copyOf(years);
    }

    private List<Integer> choices(UUID regionId, OrgPath regionPath) {
        var catalogued = jdbc.sql("select distinct cohort_year from risk.catalogue where region_id = ? order by 1 desc")
                .param(regionId)
                .query(Integer.class)
                .list();
        if (!catalogued.isEmpty()) {
            var all = new TreeSet<Integer>(java.util.Comparator.reverseOrder());
            all.addAll(catalogued);
            all.addAll(results.years(regionPath));
            return List.copyOf(all);
        }
        return results.years(regionPath);
    }
}
