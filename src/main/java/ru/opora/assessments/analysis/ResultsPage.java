package ru.opora.assessments.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.results.LowTaskRule;
import ru.opora.assessments.results.ResultAggregate;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Chart;
import ru.opora.shared.NotFound;

/**
 * The results pages: the assessments with results in scope, an assessment's table of schools with
 * its marks and dynamics, a school's analysis and a class's.
 */
@Component
class ResultsPage {

    /** The overview's query string: ОВЗ filter, sort column and page. */
    record OverviewParams(
            @Nullable OvzFilter ovz,
            @Nullable String sort,
            @Nullable Integer page,
            @Nullable UUID municipality) {

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

    record Overview(
            Assessment assessment,
            OvzFilter ovz,
            String sort,
            ResultPages.Page schools,
            Measures total,
            Chart markChart,
            List<Measures> dynamics,
            Chart dynamicsChart,
            List<OrgUnitRef> municipalities,
            @Nullable UUID municipality) {}

    /** A school's analysis: the report with its charts. */
    record SchoolView(SchoolReports.SchoolReport report, Chart markChart, Chart taskChart) {

        public Assessment assessment() {
            return report.assessment();
        }

        public OrgUnitRef school() {
            return report.school();
        }

        public LowTaskRule rule() {
            return report.rule().rule();
        }
    }

    /** A class's analysis with its chart. */
    record ClassView(SchoolReports.ClassReport report, Chart taskChart) {

        public Assessment assessment() {
            return report.assessment();
        }

        public OrgUnitRef school() {
            return report.school();
        }

        public LowTaskRule rule() {
            return report.rule().rule();
        }
    }

    private final Catalogue catalogue;
    private final ResultQueries queries;
    private final ResultPages pages;
    private final SchoolReports reports;
    private final MessageSource messages;

    ResultsPage(
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

    Assessment assessment(UUID id) {
        return catalogue.find(id).orElseThrow(NotFound::new);
    }

    List<Assessment> assessments(Scope scope) {
        return catalogue.findAll(queries.assessmentsWithResults(scope));
    }

    Overview overview(UUID assessmentId, OverviewParams params, Scope readersScope, Locale locale) {
        Assessment a = assessment(assessmentId);
        var scope = pages.narrow(readersScope, params.municipality());
        var ovz = params.ovzFilter();
        var dynamics = pages.scopeDynamics(a, scope, ovz);
        var total = queries.total(a, scope, ovz);
        return new Overview(
                a,
                ovz,
                params.sortKey(),
                pages.schoolPage(a, scope, ovz, params.sortKey(), params.pageIndex()),
                Measures.of("", total, a.maxPrimaryScore()),
                ResultCharts.marks(Map.of(msg("results.total", locale), total)),
                dynamics,
                ResultCharts.dynamics(dynamics, msg("results.share2", locale), msg("results.kachestvo", locale)),
                pages.municipalities(readersScope),
                params.municipality());
    }

    SchoolView school(UUID assessmentId, UUID schoolId, OvzFilter ovz, Scope scope, Locale locale) {
        var report = reports.school(assessment(assessmentId), schoolId, scope, ovz, locale);
        var analysis = report.analysis();
        String schoolLabel = msg("results.schoolLabel", locale);
        String regionLabel = msg("results.regionLabel", locale);
        var series = new LinkedHashMap<String, ResultAggregate>();
        series.put(schoolLabel, analysis.school());
        series.put(msg("results.municipalityLabel", locale), analysis.municipality());
        series.put(regionLabel, analysis.region());
        return new SchoolView(
                report,
                ResultCharts.marks(series),
                ResultCharts.tasks(
                        analysis.tasks(),
                        schoolLabel,
                        regionLabel,
                        report.rule().rule().absoluteThreshold()));
    }

    ClassView schoolClass(UUID assessmentId, UUID schoolId, String classLabel, Scope scope, Locale locale) {
        var report = reports.schoolClass(assessment(assessmentId), schoolId, classLabel, scope, locale);
        return new ClassView(
                report,
                ResultCharts.tasks(
                        report.tasks(),
                        reports.classTitle(classLabel, locale),
                        msg("results.regionLabel", locale),
                        report.rule().rule().absoluteThreshold()));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
