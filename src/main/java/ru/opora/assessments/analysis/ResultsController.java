package ru.opora.assessments.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.results.LowTaskRule;
import ru.opora.assessments.results.ResultAggregate;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/** The results pages: the assessments with results, a region's or municipality's table of schools, and a school's analysis. */
@Controller
class ResultsController {

    private final Catalogue catalogue;
    private final ResultQueries queries;
    private final ResultPages pages;
    private final MessageSource messages;
    private final LowTaskRule lowTaskRule;

    ResultsController(
            Catalogue catalogue,
            ResultQueries queries,
            ResultPages pages,
            MessageSource messages,
            LowTaskRule lowTaskRule) {
        this.lowTaskRule = lowTaskRule;
        this.catalogue = catalogue;
        this.queries = queries;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/results")
    String index(Scope scope, Model model) {
        var assessments = new ArrayList<Assessment>();
        for (UUID id : queries.assessmentsWithResults(scope)) catalogue.find(id).ifPresent(assessments::add);
        model.addAttribute("assessments", assessments);
        return "assessments/index";
    }

    @GetMapping("/results/{assessmentId}")
    String overview(@PathVariable UUID assessmentId, OverviewParams params, Scope scope, Locale locale, Model model) {
        Assessment a = assessment(assessmentId);
        var total = queries.total(a, scope, params.ovzFilter());
        model.addAttribute("assessment", a);
        model.addAttribute("ovz", params.ovzFilter());
        model.addAttribute("sort", params.sortKey());
        model.addAttribute(
                "schools", pages.schoolPage(a, scope, params.ovzFilter(), params.sortKey(), params.pageIndex()));
        model.addAttribute("total", Measures.of("", total, a.maxPrimaryScore()));
        model.addAttribute("markChart", pages.markChart(java.util.Map.of(msg("results.total", locale), total)));
        return "assessments/overview";
    }

    /** The overview's query string: ОВЗ filter, sort column and page. */
    public record OverviewParams(
            @org.jspecify.annotations.Nullable OvzFilter ovz,
            @org.jspecify.annotations.Nullable String sort,
            @org.jspecify.annotations.Nullable Integer page) {
        OvzFilter ovzFilter() {
            return ovz == null ? OvzFilter.ALL : ovz;
        }

        String sortKey() {
            return sort == null ? "share2" : sort; // the schools with most «2» first: what a coordinator looks for
        }

        int pageIndex() {
            return page == null ? 0 : Math.max(0, page);
        }
    }

    @GetMapping("/results/{assessmentId}/export")
    void export(
            @PathVariable UUID assessmentId,
            @RequestParam(defaultValue = "ALL") OvzFilter ovz,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Assessment a = assessment(assessmentId);
        var rows = new ArrayList<List<?>>();
        for (var s : pages.schools(a, scope, ovz, "name")) {
            var m = s.measures();
            rows.add(List.of(
                    s.code(),
                    s.name(),
                    s.municipality(),
                    m.participants(),
                    r(m.share2()),
                    r(m.uspevaemost()),
                    r(m.kachestvo()),
                    r(m.meanMark()),
                    r(m.meanPercent())));
        }
        var headers = List.of(
                        "school.code",
                        "results.school",
                        "school.municipality",
                        "results.participants",
                        "results.share2",
                        "results.uspevaemost",
                        "results.kachestvo",
                        "results.meanMark",
                        "results.meanPercent")
                .stream()
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
        XlsxTableWriter.download(response, "results.xlsx", new Table(a.subjectName() + " " + a.grade(), headers, rows));
    }

    @GetMapping("/results/{assessmentId}/schools/{schoolId}")
    String school(
            @PathVariable UUID assessmentId,
            @PathVariable UUID schoolId,
            @RequestParam(defaultValue = "ALL") OvzFilter ovz,
            Scope scope,
            Locale locale,
            Model model) {
        Assessment a = assessment(assessmentId);
        var school = pages.schoolInScope(schoolId, scope);
        var analysis = pages.school(a, school, scope, ovz, lowTaskRule);
        String schoolLabel = msg("results.schoolLabel", locale);
        String municipalityLabel = msg("results.municipalityLabel", locale);
        String regionLabel = msg("results.regionLabel", locale);
        var series = new LinkedHashMap<String, ResultAggregate>();
        series.put(schoolLabel, analysis.school());
        series.put(municipalityLabel, analysis.municipality());
        series.put(regionLabel, analysis.region());
        model.addAttribute("assessment", a);
        model.addAttribute("school", school);
        model.addAttribute("ovz", ovz);
        model.addAttribute("rule", lowTaskRule);
        model.addAttribute(
                "measures",
                List.of(
                        Measures.of(schoolLabel, analysis.school(), a.maxPrimaryScore()),
                        Measures.of(municipalityLabel, analysis.municipality(), a.maxPrimaryScore()),
                        Measures.of(regionLabel, analysis.region(), a.maxPrimaryScore())));
        model.addAttribute("tasks", analysis.tasks());
        model.addAttribute("markChart", pages.markChart(series));
        model.addAttribute(
                "taskChart",
                pages.taskChart(analysis.tasks(), schoolLabel, regionLabel, lowTaskRule.absoluteThreshold()));
        model.addAttribute("dynamics", analysis.dynamics());
        model.addAttribute("classes", analysis.classes());
        return "assessments/school";
    }

    @GetMapping("/results/{assessmentId}/schools/{schoolId}/classes/{classLabel}")
    String schoolClass(
            @PathVariable UUID assessmentId,
            @PathVariable UUID schoolId,
            @PathVariable String classLabel,
            Scope scope,
            Locale locale,
            Model model) {
        Assessment a = assessment(assessmentId);
        var school = pages.schoolForStaff(schoolId, scope);
        var ovz = OvzFilter.ALL;
        var own = queries.classes(a, schoolId, ovz).stream()
                .filter(c -> c.classLabel().equals(classLabel))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var analysis = pages.school(a, school, scope, ovz, lowTaskRule);
        var tasks = pages.tasks(a, own.aggregate(), analysis.school(), analysis.region(), lowTaskRule);
        String classLabelText = msg("results.class", locale) + " " + classLabel;
        model.addAttribute("assessment", a);
        model.addAttribute("school", school);
        model.addAttribute("classLabel", classLabel);
        model.addAttribute("rule", lowTaskRule);
        model.addAttribute(
                "measures",
                List.of(
                        Measures.of(classLabelText, own.aggregate(), a.maxPrimaryScore()),
                        Measures.of(msg("results.schoolLabel", locale), analysis.school(), a.maxPrimaryScore())));
        model.addAttribute("tasks", tasks);
        model.addAttribute(
                "taskChart",
                pages.taskChart(
                        tasks, classLabelText, msg("results.regionLabel", locale), lowTaskRule.absoluteThreshold()));
        return "assessments/class";
    }

    @GetMapping("/results/{assessmentId}/schools/{schoolId}/classes.xlsx")
    void exportClasses(
            @PathVariable UUID assessmentId,
            @PathVariable UUID schoolId,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Assessment a = assessment(assessmentId);
        var school = pages.schoolForStaff(schoolId, scope);
        var rows = new ArrayList<List<?>>();
        for (Measures m :
                pages.school(a, school, scope, OvzFilter.ALL, lowTaskRule).classes())
            rows.add(List.of(
                    m.name(),
                    m.participants(),
                    r(m.share2()),
                    r(m.uspevaemost()),
                    r(m.kachestvo()),
                    r(m.meanMark()),
                    r(m.meanPercent())));
        var headers = List.of(
                        "results.class",
                        "results.participants",
                        "results.share2",
                        "results.uspevaemost",
                        "results.kachestvo",
                        "results.meanMark",
                        "results.meanPercent")
                .stream()
                .map(k -> msg(k, locale))
                .toList();
        XlsxTableWriter.download(response, "classes.xlsx", new Table(msg("results.classes", locale), headers, rows));
    }

    @GetMapping("/results/{assessmentId}/schools/{schoolId}/export")
    void exportSchool(
            @PathVariable UUID assessmentId,
            @PathVariable UUID schoolId,
            OverviewParams params,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Assessment a = assessment(assessmentId);
        var school = pages.schoolInScope(schoolId, scope);
        var analysis = pages.school(a, school, scope, params.ovzFilter(), lowTaskRule);
        var rows = new ArrayList<List<?>>();
        for (TaskLine t : analysis.tasks())
            rows.add(java.util.Arrays.asList(
                    t.number(),
                    t.skill(),
                    t.maxScore(),
                    r(t.school()),
                    r(t.municipality()),
                    r(t.region()),
                    t.low() ? msg("yes", locale) : msg("no", locale)));
        var headers = List.of(
                        "results.task",
                        "results.skill",
                        "results.maxScore",
                        "results.schoolLabel",
                        "results.municipalityLabel",
                        "results.regionLabel",
                        "results.low")
                .stream()
                .map(k -> msg(k, locale))
                .toList();
        XlsxTableWriter.download(response, "tasks.xlsx", new Table(msg("results.taskRates", locale), headers, rows));
    }

    private Assessment assessment(UUID id) {
        return catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static double r(double v) {
        return Double.isNaN(v) ? 0 : Math.round(v * 10) / 10.0;
    }
}
