package ru.opora.assessments.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.catalogue.Task;
import ru.opora.assessments.results.LowTaskRule;
import ru.opora.assessments.results.ResultAggregate;
import ru.opora.orgunits.Scope;

/**
 * What a change of thresholds would do before it is saved: for each assessment of the newest year
 * with results in the region, how many school tasks are low under the rule in force and under
 * the proposed one. Reads the stored school aggregates only.
 */
@Component
class LowTaskPreview {

    /** One assessment's count of low (school, task) pairs, before and after. */
    public record Line(String assessment, int schools, int before, int after) {}

    /** The year compared and its lines. */
    public record Preview(int year, List<Line> lines) {
        public int before() {
            return lines.stream().mapToInt(Line::before).sum();
        }

        public int after() {
            return lines.stream().mapToInt(Line::after).sum();
        }
    }

    private final Catalogue catalogue;
    private final ResultQueries queries;

    LowTaskPreview(Catalogue catalogue, ResultQueries queries) {
        this.catalogue = catalogue;
        this.queries = queries;
    }

    Preview compare(Scope region, LowTaskRule before, LowTaskRule after) {
        var assessments = new ArrayList<Assessment>();
        for (UUID id : queries.assessmentsWithResults(region))
            catalogue.find(id).ifPresent(assessments::add);
        if (assessments.isEmpty()) return new Preview(0, List.of());
        int year = assessments.getFirst().year(); // newest first
        var lines = new ArrayList<Line>();
        for (Assessment a : assessments) {
            if (a.year() != year) continue;
            ResultAggregate total = queries.total(a, region, OvzFilter.ALL);
            var schools = queries.schools(a, region, OvzFilter.ALL);
            int countBefore = 0;
            int countAfter = 0;
            for (var school : schools) {
                int works = school.aggregate().participants();
                for (Task t : a.tasks()) {
                    double rate = school.aggregate().solveRate(t.position(), t.maxScore());
                    double regionRate = total.solveRate(t.position(), t.maxScore());
                    if (Double.isNaN(rate)) continue;
                    if (before.counts(works) && before.isLow(rate, regionRate)) countBefore++;
                    if (after.counts(works) && after.isLow(rate, regionRate)) countAfter++;
                }
            }
            lines.add(new Line(a.title(), schools.size(), countBefore, countAfter));
        }
        return new Preview(year, lines);
    }
}
