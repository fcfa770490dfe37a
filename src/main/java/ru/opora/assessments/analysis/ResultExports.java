package ru.opora.assessments.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Table;

/**
 * Every table of the results pages as an Excel file, under the same scope rules as the pages. A
 * file of a school's or a class's page is named after the school, by its code.
 */
@Component
class ResultExports {

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
    record SchoolTableParams(
            @Nullable OvzFilter ovz, @Nullable SchoolTable table) {

        OvzFilter ovzFilter() {
            return ovz == null ? OvzFilter.ALL : ovz;
        }

        SchoolTable chosen() {
            return table == null ? SchoolTable.TASKS : table;
        }
    }

    /** A table and the name of its file. */
    record File(String name, Table table) {}

    private final ResultsPage results;
    private final ResultPages pages;
    private final SchoolReports reports;
    private final ResultTables tables;
    private final MessageSource messages;

    ResultExports(
            ResultsPage results,
            ResultPages pages,
            SchoolReports reports,
            ResultTables tables,
            MessageSource messages) {
        this.results = results;
        this.pages = pages;
        this.reports = reports;
        this.tables = tables;
        this.messages = messages;
    }

    /** The assessments with results in scope. */
    File assessments(Scope scope, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (Assessment a : results.assessments(scope))
            rows.add(List.of(
                    msg(a.kind().messageKey(), locale),
                    a.subjectName(),
                    a.year(),
                    a.grade(),
                    a.tasks().size()));
        var headers = Table.headers(
                messages, locale, "results.kind", "gia.subject", "results.year", "results.grade", "results.tasks");
        return new File("assessments.xlsx", new Table(msg("results.title", locale), headers, rows));
    }

    /** The assessment's schools in scope. */
    /** The reader's scope cut to the municipality the page was filtered by. */
    Scope narrow(Scope scope, @org.jspecify.annotations.Nullable UUID municipality) {
        return pages.narrow(scope, municipality);
    }

    File schools(UUID assessmentId, OvzFilter ovz, Scope scope, Locale locale) {
        Assessment a = results.assessment(assessmentId);
        return new File(
                "results.xlsx",
                tables.schools(a.subjectName() + " " + a.grade(), pages.schools(a, scope, ovz, "name"), locale));
    }

    /** The scope's indicators over the years. */
    File dynamics(UUID assessmentId, OvzFilter ovz, Scope scope, Locale locale) {
        Assessment a = results.assessment(assessmentId);
        return new File(
                "dynamics.xlsx",
                tables.measures(
                        msg("results.dynamicsScope", locale),
                        msg("results.year", locale),
                        pages.scopeDynamics(a, scope, ovz),
                        locale));
    }

    /** One table of a school's page; the classes only for the school's own staff, as on the page. */
    File school(UUID assessmentId, UUID schoolId, SchoolTableParams params, Scope scope, Locale locale) {
        Assessment a = results.assessment(assessmentId);
        SchoolTable table = params.chosen();
        if (table == SchoolTable.CLASSES) pages.schoolForStaff(schoolId, scope);
        var report = reports.school(a, schoolId, scope, params.ovzFilter(), locale);
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
        return new File(report.school().code() + "-" + table.name().toLowerCase(Locale.ROOT) + ".xlsx", t);
    }

    /** One table of a class's page. */
    File schoolClass(
            UUID assessmentId, UUID schoolId, String classLabel, ClassTable table, Scope scope, Locale locale) {
        var report = reports.schoolClass(results.assessment(assessmentId), schoolId, classLabel, scope, locale);
        String title = reports.classTitle(classLabel, locale);
        Table t = switch (table) {
            case TASKS -> tables.tasks(report.tasks(), title, msg("results.schoolLabel", locale), locale);
            case INDICATORS -> tables.measures(title, msg("results.level", locale), report.measures(), locale);
        };
        return new File(report.school().code() + "-class-" + table.name().toLowerCase(Locale.ROOT) + ".xlsx", t);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
