package ru.opora.assessments.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.orgunits.Scope;

/** The results through {@code /api/v1}, under exactly the role and scope rules of the pages. */
@RestController
@RequestMapping("/api/v1/results")
@Tag(name = "Результаты", description = "Показатели и решаемость заданий в пределах области видимости учётной записи")
class ResultsApi {

    /** An assessment with results in the caller's scope. */
    record AssessmentLine(
            UUID id, String kind, int year, String subjectCode, String subjectName, int grade, int tasks) {}

    /** A page of a region's or municipality's schools with the scope's total. */
    record Overview(
            Measures total,
            List<Measures> dynamics,
            List<ResultPages.SchoolLine> schools,
            int schoolsInAll,
            int page,
            int pages) {}

    /** A school's indicators beside its municipality and region, with tasks, dynamics and (for its staff) classes. */
    record SchoolResult(
            Measures school,
            Measures municipality,
            Measures region,
            List<TaskLine> tasks,
            List<Measures> dynamics,
            List<Measures> cohort,
            List<ru.opora.assessments.gia.SchoolGia> gia,
            int lowTaskRuleVersion,
            List<Measures> classes) {}

    private final Catalogue catalogue;
    private final ResultQueries queries;
    private final ResultPages pages;
    private final SchoolReports reports;

    ResultsApi(Catalogue catalogue, ResultQueries queries, ResultPages pages, SchoolReports reports) {
        this.catalogue = catalogue;
        this.queries = queries;
        this.pages = pages;
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Работы, по которым есть результаты")
    List<AssessmentLine> assessments(Scope scope) {
        return catalogue.findAll(queries.assessmentsWithResults(scope)).stream()
                .map(a -> new AssessmentLine(
                        a.id(),
                        a.kind().name(),
                        a.year(),
                        a.subjectCode(),
                        a.subjectName(),
                        a.grade(),
                        a.tasks().size()))
                .toList();
    }

    @GetMapping("/{assessmentId}")
    @Operation(
            summary =
                    "Итог и страница школ (50), сортировка: share2, kachestvo, meanPercent, participants; ovz: ALL, OVZ, NO_OVZ; municipality: id муниципалитета")
    Overview overview(@PathVariable UUID assessmentId, ResultsPage.OverviewParams params, Scope readersScope) {
        Assessment a = assessment(assessmentId);
        var scope = pages.narrow(readersScope, params.municipality());
        var page = pages.schoolPage(a, scope, params.ovzFilter(), params.sortKey(), params.pageIndex());
        var total = Measures.of("", queries.total(a, scope, params.ovzFilter()), a.maxPrimaryScore());
        return new Overview(
                total,
                pages.scopeDynamics(a, scope, params.ovzFilter()),
                page.lines(),
                page.total(),
                page.page(),
                page.pages());
    }

    @GetMapping("/{assessmentId}/schools/{schoolId}")
    @Operation(
            summary =
                    "Показатели школы, муниципалитета и региона, решаемость заданий, динамика, классы (для сотрудников школы)")
    SchoolResult school(
            @PathVariable UUID assessmentId,
            @PathVariable UUID schoolId,
            ResultsPage.OverviewParams params,
            Scope scope) {
        Assessment a = assessment(assessmentId);
        var report = reports.school(a, schoolId, scope, params.ovzFilter(), Locale.ROOT);
        var analysis = report.analysis();
        int max = a.maxPrimaryScore();
        return new SchoolResult(
                Measures.of(report.school().name(), analysis.school(), max),
                Measures.of("municipality", analysis.municipality(), max),
                Measures.of("region", analysis.region(), max),
                analysis.tasks(),
                analysis.dynamics(),
                report.cohort(),
                report.gia(),
                report.rule().number(),
                analysis.classes());
    }

    private Assessment assessment(UUID id) {
        return catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
