package ru.opora.risk.profiles;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.Item;
import ru.opora.risk.engine.Questionnaire;
import ru.opora.risk.engine.QuestionnaireKind;
import ru.opora.shared.Table;

/**
 * The cohort's questionnaires: their items (edited by the region), each school's response rate, and
 * the CSV templates that schools fill in for uploads.
 */
@Component
class QuestionnairePages {

    record Overview(
            Cohort cohort,
            List<Integer> years,
            List<Questionnaire> questionnaires,
            List<ResponseRates.Line> lines,
            boolean regionWide) {

        public List<QuestionnaireKind> kinds() {
            return List.of(QuestionnaireKind.values());
        }
    }

    record Items(Cohort cohort, Questionnaire questionnaire, boolean regionWide) {}

    /** A CSV template: a header row in the cohort's item codes, with a BOM so that Excel reads it as UTF-8. */
    record Template(String fileName, byte[] bytes) {}

    private final CohortYears cohorts;
    private final Questionnaires questionnaires;
    private final ResponseRates rates;
    private final MessageSource messages;

    QuestionnairePages(
            CohortYears cohorts, Questionnaires questionnaires, ResponseRates rates, MessageSource messages) {
        this.cohorts = cohorts;
        this.questionnaires = questionnaires;
        this.rates = rates;
        this.messages = messages;
    }

    Cohort cohort(Scope scope, @Nullable Integer year) {
        return cohorts.of(scope, year);
    }

    Overview overview(@Nullable Integer year, Scope scope) {
        var cohort = cohorts.of(scope, year);
        return new Overview(
                cohort,
                cohorts.choices(cohort),
                questionnaires.forCohort(cohort.regionId(), cohort.year()),
                rates.lines(scope, cohort.year()),
                scope.isRegionWide());
    }

    Table rates(Cohort cohort, Scope scope, Locale locale) {
        var headers = new ArrayList<>(Table.headers(messages, locale, "school.code", "results.school"));
        for (QuestionnaireKind k : QuestionnaireKind.values()) {
            headers.add(msg("risk.kind." + k, locale) + ": " + msg("risk.rates.respondents", locale));
            headers.add(msg("risk.kind." + k, locale) + ": %");
        }
        var rows = new ArrayList<List<?>>();
        for (ResponseRates.Line l : rates.lines(scope, cohort.year())) {
            var row = new ArrayList<Object>(
                    Arrays.asList(l.school().code(), l.school().name()));
            for (QuestionnaireKind k : QuestionnaireKind.values()) {
                var r = l.rates().get(k);
                row.add(r == null ? null : r.respondents());
                row.add(r == null ? null : r.percent());
            }
            rows.add(row);
        }
        return new Table(msg("risk.rates", locale), headers, rows);
    }

    Items items(QuestionnaireKind kind, @Nullable Integer year, Scope scope) {
        var cohort = cohorts.of(scope, year);
        return new Items(cohort, questionnaires.of(cohort.regionId(), cohort.year(), kind), scope.isRegionWide());
    }

    /** Saves the items as a new version; returns the problems (coded) that kept it from being saved. */
    List<String> save(
            QuestionnaireKind kind, Cohort cohort, MultiValueMap<String, String> form, Scope scope, String user) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region edits questionnaires");
        var read = ItemsForm.read(form);
        if (!read.problems().isEmpty()) return read.problems();
        try {
            questionnaires.save(cohort, kind, read.title(), read.items(), user);
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(String.valueOf(e.getMessage()).split("\n"));
        }
    }

    /** The responses template (one row per respondent) or the aggregates template (one row per school). */
    Template template(QuestionnaireKind kind, boolean responses, Cohort cohort) {
        var q = questionnaires.of(cohort.regionId(), cohort.year(), kind);
        var headers = new ArrayList<String>();
        if (responses) {
            headers.addAll(List.of(QuestionnaireImports.SCHOOL.header(), QuestionnaireImports.RESPONDENT.header()));
            for (Item i : q.items()) headers.add(i.code());
        } else {
            headers.addAll(List.of(
                    QuestionnaireImports.SCHOOL.header(),
                    QuestionnaireImports.RESPONDENTS.header(),
                    QuestionnaireImports.EXPECTED.header()));
            for (Item i : q.items()) headers.addAll(i.variables());
        }
        return new Template(
                kind.name().toLowerCase(Locale.ROOT) + "-" + (responses ? "responses" : "aggregates") + "-template.csv",
                ("\uFEFF" + String.join(";", headers) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
