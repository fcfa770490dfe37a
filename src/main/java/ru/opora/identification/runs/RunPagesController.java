package ru.opora.identification.runs;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.identification.engine.Flag;
import ru.opora.identification.engine.Verdict;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;
import tools.jackson.databind.json.JsonMapper;

/** A run's list (cut to the reader's scope), its chart and export, and one school's explanation. */
@Controller
class RunPagesController {

    /** A line of a run's list: the school, its verdict and the first sentence that explains it. */
    public record Line(UUID schoolId, String code, String name, String municipality, Verdict verdict, String why) {
        public String flagCodes() {
            return String.join(
                    ", ", verdict.flags().stream().map(f -> f.code().name()).toList());
        }
    }

    private final IdentificationRuns runs;
    private final SchoolNames schoolNames;
    private final Explanation explanation;
    private final MessageSource messages;
    private final JsonMapper json;
    private final ru.opora.assessments.SchoolResults results;

    RunPagesController(
            IdentificationRuns runs,
            SchoolNames schoolNames,
            Explanation explanation,
            MessageSource messages,
            JsonMapper json,
            ru.opora.assessments.SchoolResults results) {
        this.results = results;
        this.runs = runs;
        this.schoolNames = schoolNames;
        this.explanation = explanation;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/identification/runs/{runId}")
    String run(@PathVariable UUID runId, Scope scope, Locale locale, Model model) {
        var run = run(runId, scope);
        var lines = lines(run, scope, locale);
        var byOutcome = new HashMap<Verdict.Outcome, List<Line>>();
        for (Verdict.Outcome o : Verdict.Outcome.values()) byOutcome.put(o, new ArrayList<>());
        lines.forEach(l -> byOutcome.get(l.verdict().outcome()).add(l));
        model.addAttribute("run", run);
        model.addAttribute("candidates", byOutcome.get(Verdict.Outcome.CANDIDATE));
        model.addAttribute("nonObjective", byOutcome.get(Verdict.Outcome.NON_OBJECTIVE));
        model.addAttribute("notLow", byOutcome.get(Verdict.Outcome.NOT_LOW));
        model.addAttribute("tooFew", byOutcome.get(Verdict.Outcome.TOO_FEW));
        model.addAttribute("regionWide", scope.isRegionWide());
        model.addAttribute("chart", chart(lines, run, locale));
        return "identification/run";
    }

    @GetMapping("/identification/runs/{runId}/schools/{schoolId}")
    String school(@PathVariable UUID runId, @PathVariable UUID schoolId, Scope scope, Locale locale, Model model) {
        var run = run(runId, scope);
        var verdict = runs.verdicts(runId, scope).stream()
                .filter(v -> v.schoolId().equals(schoolId))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var school = schoolNames.school(schoolId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("run", run);
        model.addAttribute("school", school);
        model.addAttribute("verdict", verdict);
        model.addAttribute("sentences", explanation.of(verdict, run.rules(), locale));
        var flags = new ArrayList<Map<String, Object>>();
        for (Flag f : verdict.flags()) flags.add(Map.of("flag", f, "text", explanation.flag(f, locale)));
        model.addAttribute("flags", flags);
        model.addAttribute(
                "assessments", results.assessments(runs.regionPath(runId).orElseThrow(), run.year()));
        return "identification/school";
    }

    @GetMapping("/identification/runs/{runId}/export")
    void export(@PathVariable UUID runId, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var run = run(runId, scope);
        var rows = new ArrayList<List<?>>();
        for (Line l : lines(run, scope, locale)) {
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
        var headers = java.util.stream.Stream.of(
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
                        "identification.explanation")
                .map(k -> msg(k, locale))
                .toList();
        XlsxTableWriter.download(
                response,
                "identification-" + run.year() + ".xlsx",
                new Table(msg("identification.title", locale), headers, rows));
    }

    private IdentificationRuns.Run run(UUID runId, Scope scope) {
        OrgPath regionPath =
                runs.regionPath(runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!scope.region().equals(regionPath))
            throw new org.springframework.security.access.AccessDeniedException("another region's run");
        return runs.find(runId).orElseThrow();
    }

    private List<Line> lines(IdentificationRuns.Run run, Scope scope, Locale locale) {
        var verdicts = runs.verdicts(run.id(), scope);
        var names = schoolNames.of(verdicts.stream().map(Verdict::schoolId).toList());
        var lines = new ArrayList<Line>();
        for (Verdict v : verdicts) {
            var named = names.get(v.schoolId());
            if (named == null) continue;
            var s = named.school();
            lines.add(new Line(
                    s.id(),
                    s.code(),
                    s.name(),
                    named.municipality(),
                    v,
                    explanation.of(v, run.rules(), locale).getFirst()));
        }
        lines.sort(Comparator.comparingDouble(
                        (Line l) -> -l.verdict().years().getFirst().share2())
                .thenComparing(Line::code));
        return lines;
    }

    /** The distribution of the share of «2» over the schools in view, with the threshold marked. */
    private String chart(List<Line> lines, IdentificationRuns.Run run, Locale locale) {
        int[] bins = new int[20]; // 0–5 %, 5–10 % … 95–100 %
        for (Line l : lines) {
            var first = l.verdict().years().getFirst();
            if (first.participants() == 0) continue;
            bins[Math.min(19, (int) (first.share2() / 5))]++;
        }
        var labels = new ArrayList<String>();
        for (int b = 0; b < 20; b++) labels.add(b * 5 + "–" + (b + 1) * 5);
        Object threshold = run.thresholds().get("vpr" + run.year());
        var bars = Map.of(
                "label",
                msg("identification.chart.schools", locale),
                "data",
                Arrays.stream(bins).boxed().toList());
        return json.writeValueAsString(Map.of(
                "type", "bar",
                "data", Map.of("labels", labels, "datasets", List.of(bars)),
                "options",
                        Map.of(
                                "plugins",
                                        Map.of(
                                                "title",
                                                Map.of(
                                                        "display",
                                                        true,
                                                        "text",
                                                        messages.getMessage(
                                                                "identification.chart.title",
                                                                new Object[] {
                                                                    threshold instanceof Number n
                                                                            ? Explanation.pct(n.doubleValue())
                                                                            : "—"
                                                                },
                                                                locale))),
                                "scales", Map.of("y", Map.of("beginAtZero", true)))));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
