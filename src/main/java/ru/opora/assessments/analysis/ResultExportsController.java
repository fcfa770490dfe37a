package ru.opora.assessments.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/** Every table of the results pages as an Excel file, under the same scope rules as the pages. */
@Controller
class ResultExportsController {

    /** The tables of a school's page. */
    enum SchoolTable {
        TASKS,
        INDICATORS,
        DYNAMICS,
        COHORT,
        GIA,
        CLASSES
    }

    /** The tables of a class's page. */
    enum ClassTable {
        TASKS,
        INDICATORS
    }

    /** Which table of a school's page, and for which participants. */
    public record SchoolTableParams(
            @org.jspecify.annotations.Nullable OvzFilter ovz,
            @org.jspecify.annotations.Nullable SchoolTable table) {
        OvzFilter ovzFilter() {
            return ovz == null ? OvzFilter.ALL : ovz;
        }

        SchoolTable chosen() {
            return table == null ? SchoolTable.TASKS : table;
        }
    }

    private final Catalogue catalogue;
    private final ResultQueries queries;
    private final ResultPages pages;
    private final SchoolReports reports;
    private final ResultTables tables;
    private final MessageSource messages;

    ResultExportsController(
            Catalogue catalogue,
            ResultQueries queries,
            ResultPages pages,
            SchoolReports reports,
            ResultTables tables,
            MessageSource messages) {
        this.catalogue = catalogue;
        this.queries = queries;
        this.pages = pages;
        this.reports = reports;
        this.tables = tables;
        this.messages = messages;
    }

    @GetMapping("/results.xlsx")
    void assessments(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var rows = new java.util.ArrayList<java.util.List<?>>();
        for (UUID id : queries.assessmentsWithResults(scope))
            catalogue
                    .find(id)
                    .ifPresent(a -> rows.add(java.util.List.of(
                            msg(a.kind().messageKey(), locale),
                            a.subjectName(),
                            a.year(),
                            a.grade(),
                            a.tasks().size())));
        var headers = java.util.stream.Stream.of(
                        "results.kind", "gia.subject", "results.year", "results.grade", "results.tasks")
                .map(k -> msg(k, locale))
                .toList();
        XlsxTableWriter.download(response, "assessments.xlsx", new Table(msg("results.title", locale), headers, rows));
    }

    @GetMapping("/results/{assessmentId}/export")
    void schools(
            @PathVariable UUID assessmentId,
            @RequestParam(defaultValue = "ALL") OvzFilter ovz,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Assessment a = assessment(assessmentId);
        var title = a.subjectName() + " " + a.grade();
        XlsxTableWriter.download(
                response, "results.xlsx", tables.schools(title, pages.schools(a, scope, ovz, "name"), locale));
    }

    @GetMapping("/results/{assessmentId}/dynamics.xlsx")
    void dynamics(
            @PathVariable UUID assessmentId,
            @RequestParam(defaultValue = "ALL") OvzFilter ovz,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Assessment a = assessment(assessmentId);
        XlsxTableWriter.download(
                response,
                "dynamics.xlsx",
                tables.measures(
                        msg("results.dynamicsScope", locale),
                        msg("results.year", locale),
                        pages.scopeDynamics(a, scope, ovz),
                        locale));
    }

    @GetMapping("/results/{assessmentId}/schools/{schoolId}/export")
    void school(
            @PathVariable UUID assessmentId,
            @PathVariable UUID schoolId,
            SchoolTableParams params,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Assessment a = assessment(assessmentId);
        SchoolTable table = params.chosen();
        OvzFilter ovz = params.ovzFilter();
        if (table == SchoolTable.CLASSES) pages.schoolForStaff(schoolId, scope);
        var report = reports.school(a, schoolId, scope, ovz, locale);
        Table t = switch (table) {
            case TASKS ->
                tables.tasks(
                        report.analysis().tasks(),
                        msg("results.schoolLabel", locale),
                        msg("results.municipalityLabel", locale),
                        locale);
            case INDICATORS ->
                tables.measures(
                        msg("results.indicators", locale), msg("results.level", locale), report.measures(), locale);
            case DYNAMICS ->
                tables.measures(
                        msg("results.dynamics", locale),
                        msg("results.year", locale),
                        report.analysis().dynamics(),
                        locale);
            case COHORT ->
                tables.measures(
                        msg("results.cohort", locale), msg("results.cohortPoint", locale), report.cohort(), locale);
            case GIA -> tables.gia(report.gia(), locale);
            case CLASSES ->
                tables.measures(
                        msg("results.classes", locale),
                        msg("results.class", locale),
                        report.analysis().classes(),
                        locale);
        };
        XlsxTableWriter.download(response, table.name().toLowerCase(Locale.ROOT) + ".xlsx", t);
    }

    /** The school's classes: kept at its own address, which pages and bookmarks already use. */
    @GetMapping("/results/{assessmentId}/schools/{schoolId}/classes.xlsx")
    void classes(
            @PathVariable UUID assessmentId,
            @PathVariable UUID schoolId,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        school(
                assessmentId,
                schoolId,
                new SchoolTableParams(OvzFilter.ALL, SchoolTable.CLASSES),
                scope,
                locale,
                response);
    }

    /** A class of a school, as its page's address names it. */
    public record ClassAddress(UUID assessmentId, UUID schoolId, String classLabel) {}

    @GetMapping("/results/{assessmentId}/schools/{schoolId}/classes/{classLabel}/export")
    void schoolClass(
            ClassAddress address,
            @RequestParam(defaultValue = "TASKS") ClassTable table,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Assessment a = assessment(address.assessmentId());
        String classLabel = address.classLabel();
        UUID schoolId = address.schoolId();
        var report = reports.schoolClass(a, schoolId, classLabel, scope, locale);
        Table t = switch (table) {
            case TASKS ->
                tables.tasks(
                        report.tasks(),
                        reports.classTitle(classLabel, locale),
                        msg("results.schoolLabel", locale),
                        locale);
            case INDICATORS ->
                tables.measures(
                        reports.classTitle(classLabel, locale),
                        msg("results.level", locale),
                        report.measures(),
                        locale);
        };
        XlsxTableWriter.download(response, "class-" + table.name().toLowerCase(Locale.ROOT) + ".xlsx", t);
    }

    private Assessment assessment(UUID id) {
        return catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
