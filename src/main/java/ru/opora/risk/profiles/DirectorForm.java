package ru.opora.risk.profiles;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.Questionnaire;
import ru.opora.risk.engine.QuestionnaireKind;

/** The director's questionnaire filled in Opora instead of uploaded; saving recomputes the cohort's profiles. */
@Component
class DirectorForm {

    record Page(
            OrgUnitRef school,
            Cohort cohort,
            Questionnaire questionnaire,
            Map<String, String> answers,
            List<String> problems) {}

    /** Answers that were not saved, as written, with what was wrong. */
    record Refused(Map<String, String> answers, List<String> problems) implements java.io.Serializable {}

    record Outcome(int year, @Nullable Refused refused) {}

    private final SchoolRiskPage schools;
    private final CohortYears cohorts;
    private final Questionnaires questionnaires;
    private final DirectorForms directorForms;
    private final Profiles profiles;
    private final MessageSource messages;

    DirectorForm(
            SchoolRiskPage schools,
            CohortYears cohorts,
            Questionnaires questionnaires,
            DirectorForms directorForms,
            Profiles profiles,
            MessageSource messages) {
        this.schools = schools;
        this.cohorts = cohorts;
        this.questionnaires = questionnaires;
        this.directorForms = directorForms;
        this.profiles = profiles;
        this.messages = messages;
    }

    Page page(UUID id, @Nullable Integer year, Scope scope, @Nullable Refused refused) {
        var school = schools.school(id, scope);
        var cohort = cohorts.of(scope, year);
        return new Page(
                school,
                cohort,
                questionnaires.of(cohort.regionId(), cohort.year(), QuestionnaireKind.DIRECTOR),
                refused != null ? refused.answers() : directorForms.answers(id, cohort.year()),
                refused != null ? refused.problems() : List.of());
    }

    Outcome save(UUID id, MultiValueMap<String, String> form, Scope scope, String user, Locale locale) {
        var school = schools.school(id, scope);
        var cohort = cohorts.posted(scope, form);
        var questionnaire = questionnaires.of(cohort.regionId(), cohort.year(), QuestionnaireKind.DIRECTOR);
        var answers = new HashMap<String, String>();
        for (var item : questionnaire.items()) {
            var values = form.get("a_" + item.code());
            if (values != null)
                answers.put(item.code(), String.join("|", values).strip());
        }
        var problems = DirectorForms.check(questionnaire, answers);
        if (!problems.isEmpty())
            return new Outcome(
                    cohort.year(),
                    new Refused(
                            answers,
                            problems.stream()
                                    .map(p -> messages.getMessage(
                                            "risk.form.error." + p.code(),
                                            new Object[] {p.column(), p.value(), p.detail()},
                                            locale))
                                    .toList()));
        directorForms.save(id, school.path(), cohort.year(), questionnaire, answers, user);
        profiles.recompute(cohort, "questionnaires");
        return new Outcome(cohort.year(), null);
    }
}
