package ru.opora.identification.runs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SchoolResults;
import ru.opora.identification.engine.Flag;
import ru.opora.identification.engine.Verdict;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Chart;
import ru.opora.shared.NotFound;
import ru.opora.shared.Paging;
import ru.opora.shared.Table;

/** A run's list cut to the reader's scope, its chart and export, and one school's explanation. */
@Component
class RunPages {

    static final int NOT_LOW_PAGE = 50;

    /** A line of a run's list: the school, its verdict and the first sentence that explains it. */
    record Line(UUID schoolId, String code, String name, String municipality, Verdict verdict, String why) {
        public String flagCodes() {
            return String.join(
                    ", ", verdict.flags().stream().map(f -> f.code().name()).toList());
        }
    }

    /** The run's schools grouped by outcome, with the distribution of the share of «2». */
    record RunPage(
            IdentificationRuns.Run run,
            List<Line> candidates,
            List<Line> nonObjective,
            List<Line> notLow,
            Paging.Slice<Line> notLowPage,
            List<Line> tooFew,
            List<Line> special,
            List<SecondLook.Entry> secondLook,
            boolean regionWide,
            Chart chart) {}

    /** A flag with its sentence. */
    record ExplainedFlag(Flag flag, String text) {}

    /** One school's verdict explained, with the assessments behind it. */
    record SchoolPage(
            IdentificationRuns.Run run,
            OrgUnitRef school,
            Verdict verdict,
            List<String> sentences,
            List<ExplainedFlag> flags,
            List<SchoolResults.AssessmentFacts> assessments) {}

    private final IdentificationRuns runs;
    private final SchoolNames schoolNames;
    private final Explanation explanation;
    private final MessageSource messages;
    private final SchoolResults results;
    private final SecondLook secondLook;

    RunPages(
            IdentificationRuns runs,
            SchoolNames schoolNames,
            Explanation explanation,
            MessageSource messages,
            SchoolResults results,
            SecondLook secondLook) {
        this.secondLook = secondLook;
        this.runs = runs;
        this.schoolNames = schoolNames;
        this.explanation = explanation;
        this.messages = messages;
        this.results = results;
    }

    /**
     * The run's page: every group but the schools that are not low in full, those — most of a
     * region — a page of {@value #NOT_LOW_PAGE} at a time; only the lines shown are explained.
     */
    RunPage page(UUID runId, Scope scope, Locale locale, @Nullable Integer page) {
        var run = run(runId, scope);
        var lines = lines(run, scope);
        var notLow = only(lines, Verdict.Outcome.NOT_LOW);
        var notLowPage = Paging.slice(notLow, page, NOT_LOW_PAGE);
        return new RunPage(
                run,
                explained(only(lines, Verdict.Outcome.CANDIDATE), run, locale),
                explained(only(lines, Verdict.Outcome.NON_OBJECTIVE), run, locale),
                explained(notLowPage.rows(), run, locale),
                notLowPage,
                explained(only(lines, Verdict.Outcome.TOO_FEW), run, locale),
                explained(only(lines, Verdict.Outcome.SPECIAL), run, locale),
                secondLook.of(runId, runs.regionPath(runId).orElseThrow(), run.year(), notLow),
                scope.isRegionWide(),
                chart(lines, run, locale));
    }

    SchoolPage school(UUID runId, UUID schoolId, Scope scope, Locale locale) {
        var run = run(runId, scope);
        var verdict = runs.verdicts(runId, scope).stream()
                .filter(v -> v.schoolId().equals(schoolId))
                .findFirst()
                .orElseThrow(NotFound::new);
        var school = schoolNames.school(schoolId).orElseThrow(NotFound::new);
        return new SchoolPage(
                run,
                school,
                verdict,
                explanation.of(verdict, run.rules(), locale),
                verdict.flags().stream()
                        .map(f -> new ExplainedFlag(f, explanation.flag(f, locale)))
                        .toList(),
                results.assessments(runs.regionPath(runId).orElseThrow(), run.year()));
    }

    IdentificationRuns.Run run(UUID runId, Scope scope) {
        var regionPath = runs.regionPath(runId).orElseThrow(NotFound::new);
        if (!scope.region().equals(regionPath)) throw new AccessDeniedException("another region's run");
        return runs.find(runId).orElseThrow();
    }

    /** Every school of the run in the reader's scope, with its figures and the whole explanation. */
    Table table(IdentificationRuns.Run run, Scope scope, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (Line l : lines(run, scope)) {
            var v = l.verdict();
            var first = v.years().getFirst();
            rows.add(Arrays.asList(
                    l.code(),
                    l.name(),
                    l.municipality(),
                    msg("identification.outcome." + v.outcome().name(), locale),
                    first.participants(),
                    Explanation.round(first.share2()),
                    Explanation.round(first.threshold()),
                    v.years().size() > 1 ? Explanation.round(v.years().get(1).share2()) : null,
                    v.oge() == null ? null : Explanation.round(v.oge().belowShare()),
                    v.ege() == null ? null : Explanation.round(v.ege().belowShare()),
                    l.flagCodes(),
                    v.adverse() ? msg("yes", locale) : "",
                    String.join(" ", explanation.of(v, run.rules(), locale))));
        }
        var headers = Table.headers(
                messages,
                locale,
                "school.code",
                "results.school",
                "school.municipality",
                "identification.outcome",
                "results.participants",
                "identification.share2",
                "identification.threshold",
                "identification.share2Previous",
                "identification.ogeBelow",
                "identification.egeBelow",
                "identification.flags",
                "identification.adverse",
                "identification.explanation");
        return new Table(msg("identification.title", locale), headers, rows);
    }

    /** The run's lines in the scope, the most «2» first, not yet explained (see {@link #explained}). */
    List<Line> lines(IdentificationRuns.Run run, Scope scope) {
        var verdicts = runs.verdicts(run.id(), scope);
        var names = schoolNames.ofScope(verdicts.stream().map(Verdict::schoolId).toList(), scope);
        var lines = new ArrayList<Line>();
        for (Verdict v : verdicts) {
            var named = names.get(v.schoolId());
            if (named == null) continue;
            var s = named.school();
            lines.add(new Line(s.id(), s.code(), s.name(), named.municipality(), v, ""));
        }
        lines.sort(Comparator.comparingDouble(
                        (Line l) -> -l.verdict().years().getFirst().share2())
                .thenComparing(Line::code));
        return lines;
    }

    /** The lines with the first sentence of their explanation: what a reader sees of each. */
    private List<Line> explained(List<Line> lines, IdentificationRuns.Run run, Locale locale) {
        return lines.stream()
                .map(l -> new Line(
                        l.schoolId(),
                        l.code(),
                        l.name(),
                        l.municipality(),
                        l.verdict(),
                        explanation.of(l.verdict(), run.rules(), locale).getFirst()))
                .toList();
    }

    private static List<Line> only(List<Line> lines, Verdict.Outcome outcome) {
        return lines.stream().filter(l -> l.verdict().outcome() == outcome).toList();
    }

    /** The distribution of the share of «2» over the schools in view, the threshold in the title. */
    private Chart chart(List<Line> lines, IdentificationRuns.Run run, Locale locale) {
        var bins = new Integer[20]; // 0–5 %, 5–10 % … 95–100 %
        Arrays.fill(bins, 0);
        for (Line l : lines) {
            var first = l.verdict().years().getFirst();
            if (first.participants() == 0) continue;
            bins[Math.min(19, (int) (first.share2() / 5))]++;
        }
        var labels = new ArrayList<String>();
        for (int b = 0; b < 20; b++) labels.add(b * 5 + "–" + (b + 1) * 5);
        Object threshold = run.thresholds().get("vpr" + run.year());
        String title = messages.getMessage(
                "identification.chart.title",
                new Object[] {threshold instanceof Number n ? Explanation.pct(n.doubleValue()) : "—"},
                locale);
        return Chart.bars(
                        labels,
                        List.of(Chart.Dataset.of(msg("identification.chart.schools", locale), Arrays.asList(bins), 0)))
                .fromZero()
                .titled(title);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
