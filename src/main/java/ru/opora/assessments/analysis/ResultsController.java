package ru.opora.assessments.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import ru.opora.assessments.results.ResultAggregate;
import ru.opora.orgunits.Scope;

/** The results pages: the assessments with results, a region's or municipality's table of schools, a school's and a class's analysis. */
@Controller
class ResultsController {

    private final Catalogue catalogue;
    private final ResultQueries queries;
    private final ResultPages pages;
    private final SchoolReports reports;
    private final MessageSource messages;

    ResultsController(
            Catalogue catalogue,
            ResultQueries queries,
            ResultPages pages,
            SchoolReports reports,
            MessageSource messages) {
        this.catalogue = catalogue;
        this.queries = queries;
        this.pages = pages;
        this.reports = reports;
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
        var dynamics = pages.scopeDynamics(a, scope, params.ovzFilter());
        model.addAttribute("assessment", a);
        model.addAttribute("ovz", params.ovzFilter());
        model.addAttribute("sort", params.sortKey());
        model.addAttribute(
                "schools", pages.schoolPage(a, scope, params.ovzFilter(), params.sortKey(), params.pageIndex()));
        model.addAttribute("total", Measures.of("", total, a.maxPrimaryScore()));
        model.addAttribute("markChart", pages.markChart(Map.of(msg("results.total", locale), total)));
        model.addAttribute("dynamics", dynamics);
        model.addAttribute(
                "dynamicsChart",
                pages.dynamicsChart(dynamics, msg("results.share2", locale), msg("results.kachestvo", locale)));
        return "assessments/overview";
    }

    /** The overview's query string: ОВЗ filter, sort column and page. */
    public record OverviewParams(
            @Nullable OvzFilter ovz,
            @Nullable String sort,
            @Nullable Integer page) {
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

    @GetMapping("/results/{assessmentId}/schools/{schoolId}")
    String school(
            @PathVariable UUID assessmentId,
            @PathVariable UUID schoolId,
            @RequestParam(defaultValue = "ALL") OvzFilter ovz,
            Scope scope,
            Locale locale,
            Model model) {
        Assessment a = assessment(assessmentId);
        var report = reports.school(a, schoolId, scope, ovz, locale);
        var analysis = report.analysis();
        String schoolLabel = msg("results.schoolLabel", locale);
        String regionLabel = msg("results.regionLabel", locale);
        var series = new LinkedHashMap<String, ResultAggregate>();
        series.put(schoolLabel, analysis.school());
        series.put(msg("results.municipalityLabel", locale), analysis.municipality());
        series.put(regionLabel, analysis.region());
        model.addAttribute("report", report);
        model.addAttribute("assessment", a);
        model.addAttribute("school", report.school());
        model.addAttribute("ovz", ovz);
        model.addAttribute("rule", report.rule().rule());
        model.addAttribute("measures", report.measures());
        model.addAttribute("tasks", analysis.tasks());
        model.addAttribute("markChart", pages.markChart(series));
        model.addAttribute(
                "taskChart",
                pages.taskChart(
                        analysis.tasks(),
                        schoolLabel,
                        regionLabel,
                        report.rule().rule().absoluteThreshold()));
        model.addAttribute("dynamics", analysis.dynamics());
        model.addAttribute("cohort", report.cohort());
        model.addAttribute("gia", report.gia());
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
        var report = reports.schoolClass(a, schoolId, classLabel, scope, locale);
        model.addAttribute("report", report);
        model.addAttribute("assessment", a);
        model.addAttribute("school", report.school());
        model.addAttribute("classLabel", classLabel);
        model.addAttribute("rule", report.rule().rule());
        model.addAttribute("measures", report.measures());
        model.addAttribute("tasks", report.tasks());
        model.addAttribute(
                "taskChart",
                pages.taskChart(
                        report.tasks(),
                        reports.classTitle(classLabel, locale),
                        msg("results.regionLabel", locale),
                        report.rule().rule().absoluteThreshold()));
        return "assessments/class";
    }

    private Assessment assessment(UUID id) {
        return catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
