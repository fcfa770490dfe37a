package ru.opora.identification.runs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SchoolResults;
import ru.opora.identification.facts.RecordedFacts;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Chart;
import ru.opora.shared.Formats;
import ru.opora.shared.NotFound;

/**
 * The evidence behind a school's objectivity flags for one assessment, for the reviewer: its
 * primary-score histogram beside the region's with the mark thresholds marked, its task solve rates
 * by difficulty beside the region's, and its place among the region's schools in this ВПР and in
 * the state exams of the same subject.
 */
@Component
class EvidencePage {

    /** The school's place (percentile rank among the region's schools) in one measure. */
    record Position(String label, double rank, int schools) {}

    /** One of the school's flags of the year, as this assessment contributed to it: observed against expected. */
    record FlagLine(
            ru.opora.identification.engine.FlagCode code,
            String status,
            double observed,
            @org.jspecify.annotations.Nullable Double expected,
            int works) {}

    record Page(
            OrgUnitRef school,
            SchoolResults.AssessmentFacts facts,
            SchoolResults.SchoolAggregate own,
            Chart histogram,
            Chart tasks,
            List<Position> positions,
            List<RecordedFacts.Observation> observations,
            List<FlagLine> flags) {}

    private final SchoolResults results;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final RecordedFacts recorded;
    private final ObjectivityFlags objectivityFlags;

    EvidencePage(
            SchoolResults results,
            OrgUnits orgUnits,
            MessageSource messages,
            RecordedFacts recorded,
            ObjectivityFlags objectivityFlags) {
        this.recorded = recorded;
        this.objectivityFlags = objectivityFlags;
        this.results = results;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    /** The evidence for a school of the reader's scope in an assessment it took part in; 404 otherwise. */
    Page page(UUID schoolId, UUID assessmentId, Scope scope, Locale locale) {
        var school =
                orgUnits.find(schoolId).filter(s -> scope.permits(s.path())).orElseThrow(NotFound::new);
        var region = scope.region();
        var schools = new HashMap<UUID, SchoolResults.SchoolAggregate>();
        results.forEachSchool(assessmentId, region, a -> schools.put(a.schoolId(), a));
        var own = schools.get(schoolId);
        if (own == null) throw new NotFound();
        var facts = results.facts(assessmentId).orElseThrow(NotFound::new);
        return new Page(
                school,
                facts,
                own,
                histogram(own, schools.values(), facts, locale),
                tasks(own, schools.values(), facts, locale),
                positions(own, schools, facts, facts.year(), region, locale),
                recorded.observations(Scope.of(school.path()), assessmentId, 50),
                flags(school, facts));
    }

    /** The evidence lines of the school's flags of the year that came from this assessment (the run labels them so). */
    private List<FlagLine> flags(OrgUnitRef school, SchoolResults.AssessmentFacts facts) {
        String label = messages.getMessage(
                "identification.assessmentLabel",
                new Object[] {facts.subjectName(), facts.grade()},
                Locale.forLanguageTag("ru"));
        var lines = new ArrayList<FlagLine>();
        for (var f : objectivityFlags.list(Scope.of(school.path()), facts.year())) {
            if (!f.schoolId().equals(school.id())) continue;
            for (var e : f.evidence())
                if (e.label().equals(label))
                    lines.add(new FlagLine(f.code(), f.status(), e.value(), e.expected(), e.participants()));
        }
        return lines;
    }

    private Chart histogram(
            SchoolResults.SchoolAggregate own,
            Iterable<SchoolResults.SchoolAggregate> all,
            SchoolResults.AssessmentFacts facts,
            Locale locale) {
        int max = facts.maxPrimary();
        double[] region = new double[max + 1];
        long regionWorks = 0;
        for (var s : all) {
            for (int i = 0; i <= max && i < s.histogram().length; i++) region[i] += s.histogram()[i];
            regionWorks += s.participants();
        }
        var labels = new ArrayList<String>();
        var school = new ArrayList<Double>();
        var expected = new ArrayList<Double>();
        var colors = new ArrayList<String>();
        var thresholds = java.util.Arrays.stream(facts.thresholds()).boxed().toList();
        for (int score = 0; score <= max; score++) {
            int mark = thresholds.indexOf(score);
            labels.add(mark < 0 ? String.valueOf(score) : score + " («" + (mark + 3) + "»)");
            school.add(round(100.0
                    * (score < own.histogram().length ? own.histogram()[score] : 0)
                    / Math.max(1, own.participants())));
            expected.add(round(100.0 * region[score] / Math.max(1, regionWorks)));
            colors.add(mark < 0 ? "rgba(54, 162, 235, 0.6)" : "rgba(220, 53, 69, 0.8)");
        }
        return Chart.bars(
                labels,
                List.of(
                        Chart.Dataset.of(messages.getMessage("evidence.histogram.school", null, locale), school)
                                .colours(colors),
                        Chart.Dataset.of(messages.getMessage("evidence.histogram.region", null, locale), expected)
                                .asLine("rgb(33, 37, 41)")
                                .flat()));
    }

    private Chart tasks(
            SchoolResults.SchoolAggregate own,
            Iterable<SchoolResults.SchoolAggregate> all,
            SchoolResults.AssessmentFacts facts,
            Locale locale) {
        int k = facts.taskMax().length;
        long[] regionSums = new long[k];
        long regionWorks = 0;
        for (var s : all) {
            for (int t = 0; t < k; t++) regionSums[t] += s.taskSums()[t];
            regionWorks += s.participants();
        }
        var labels = new ArrayList<String>();
        var school = new ArrayList<Double>();
        var region = new ArrayList<Double>();
        var colors = new ArrayList<String>();
        for (int t = 0; t < k; t++) {
            labels.add((t + 1) + (facts.advanced()[t] ? " ★" : ""));
            school.add(round(100.0 * own.taskSums()[t] / ((double) own.participants() * facts.taskMax()[t])));
            region.add(round(100.0 * regionSums[t] / ((double) regionWorks * facts.taskMax()[t])));
            colors.add(facts.advanced()[t] ? "rgba(220, 53, 69, 0.7)" : "rgba(54, 162, 235, 0.6)");
        }
        return Chart.bars(
                        labels,
                        List.of(
                                Chart.Dataset.of(messages.getMessage("evidence.tasks.school", null, locale), school)
                                        .colours(colors),
                                Chart.Dataset.of(messages.getMessage("evidence.tasks.region", null, locale), region)
                                        .asLine("rgb(33, 37, 41)")))
                .percent();
    }

    private List<Position> positions(
            SchoolResults.SchoolAggregate own,
            Map<UUID, SchoolResults.SchoolAggregate> all,
            SchoolResults.AssessmentFacts facts,
            int year,
            OrgPath regionPath,
            Locale locale) {
        var positions = new ArrayList<Position>();
        var means = new HashMap<UUID, Double>();
        all.forEach((id, s) -> {
            if (s.participants() == 0) return;
            long sum = 0;
            for (int i = 0; i < s.histogram().length; i++) sum += (long) i * s.histogram()[i];
            means.put(id, (double) sum / s.participants());
        });
        positions.add(new Position(
                messages.getMessage("evidence.position.vpr", null, locale), rank(means, own.schoolId()), means.size()));
        var exams = new HashMap<String, Map<UUID, Double>>();
        for (var e : results.exams(regionPath, year))
            if (e.subjectCode().equals(facts.subjectCode()))
                exams.computeIfAbsent(e.exam(), x -> new HashMap<>()).put(e.schoolId(), e.meanScore());
        exams.forEach((exam, scores) -> {
            if (scores.containsKey(own.schoolId()))
                positions.add(new Position(
                        messages.getMessage("assessment.kind." + exam, null, locale) + " · " + facts.subjectName(),
                        rank(scores, own.schoolId()),
                        scores.size()));
        });
        return positions;
    }

    /** The share of schools below, ties counting half, in percent. */
    private static double rank(Map<UUID, Double> values, UUID school) {
        double v = values.get(school);
        double below = 0;
        for (double x : values.values()) below += x < v ? 1 : x == v ? 0.5 : 0;
        return round(100.0 * (below - 0.5) / Math.max(1, values.size() - 1));
    }

    private static double round(double v) {
        return Formats.round(v, 1);
    }
}
