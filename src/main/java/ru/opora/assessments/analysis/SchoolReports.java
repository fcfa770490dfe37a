package ru.opora.assessments.analysis;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.gia.GiaResults;
import ru.opora.assessments.gia.SchoolGia;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;

/**
 * Everything a school's results page and its exports show, built once from the aggregates: so the
 * page and each of its Excel tables always agree.
 */
@Component
class SchoolReports {

    /** A school's page for one assessment. */
    public record SchoolReport(
            Assessment assessment,
            OrgUnitRef school,
            OvzFilter ovz,
            LowTaskRules.Version rule,
            SchoolAnalysis analysis,
            List<Measures> measures,
            List<Measures> cohort,
            List<SchoolGia> gia) {}

    /** A class's page: its indicators beside the school's, and its task lines against the region. */
    public record ClassReport(
            Assessment assessment,
            OrgUnitRef school,
            String classLabel,
            LowTaskRules.Version rule,
            List<Measures> measures,
            List<TaskLine> tasks) {}

    private final ResultPages pages;
    private final ResultQueries queries;
    private final LowTaskRules rules;
    private final GiaResults gia;
    private final MessageSource messages;

    SchoolReports(
            ResultPages pages, ResultQueries queries, LowTaskRules rules, GiaResults gia, MessageSource messages) {
        this.pages = pages;
        this.queries = queries;
        this.rules = rules;
        this.gia = gia;
        this.messages = messages;
    }

    SchoolReport school(Assessment a, UUID schoolId, Scope scope, OvzFilter ovz, Locale locale) {
        var school = pages.schoolInScope(schoolId, scope);
        var rule = rules.forPath(school.path());
        var analysis = pages.school(a, school, scope, ovz, rule.rule());
        var measures = List.of(
                Measures.of(msg("results.schoolLabel", locale), analysis.school(), a.maxPrimaryScore()),
                Measures.of(msg("results.municipalityLabel", locale), analysis.municipality(), a.maxPrimaryScore()),
                Measures.of(msg("results.regionLabel", locale), analysis.region(), a.maxPrimaryScore()));
        var cohort = pages.cohort(
                a,
                school.id(),
                scope,
                ovz,
                (year, grade) ->
                        messages.getMessage("results.cohortStep", new Object[] {String.valueOf(year), grade}, locale));
        return new SchoolReport(a, school, ovz, rule, analysis, measures, cohort, gia.ofSchool(school.path()));
    }

    ClassReport schoolClass(Assessment a, UUID schoolId, String classLabel, Scope scope, Locale locale) {
        var school = pages.schoolForStaff(schoolId, scope);
        pages.classAllowed(a, schoolId, classLabel);
        var ovz = OvzFilter.ALL;
        var own = queries.classes(a, schoolId, ovz).stream()
                .filter(c -> c.classLabel().equals(classLabel))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var rule = rules.forPath(school.path());
        var analysis = pages.school(a, school, scope, ovz, rule.rule());
        var tasks = pages.tasks(a, own.aggregate(), analysis.school(), analysis.region(), rule.rule());
        var measures = List.of(
                Measures.of(classTitle(classLabel, locale), own.aggregate(), a.maxPrimaryScore()),
                Measures.of(msg("results.schoolLabel", locale), analysis.school(), a.maxPrimaryScore()));
        return new ClassReport(a, school, classLabel, rule, measures, tasks);
    }

    String classTitle(String classLabel, Locale locale) {
        return msg("results.class", locale) + " " + classLabel;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
