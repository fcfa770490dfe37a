package ru.opora.risk.profiles;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.Factor;
import ru.opora.risk.engine.QuestionnaireKind;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;

/**
 * The region's uploads for risk profiles: a questionnaire's aggregates or raw responses, and
 * ready-made levels. Each file loads whole or not at all, and a loaded file recomputes the cohort.
 */
@Component
class RiskDataLoads {

    /** What a file did: its report, the cohort it went into, and how many schools' profiles changed. */
    record Loaded(ImportReport report, int year, int changedProfiles) {}

    private final CohortYears cohorts;
    private final Questionnaires questionnaires;
    private final Catalogues catalogues;
    private final QuestionnaireImports answers;
    private final LevelImports levels;
    private final Profiles profiles;

    RiskDataLoads(
            CohortYears cohorts,
            Questionnaires questionnaires,
            Catalogues catalogues,
            QuestionnaireImports answers,
            LevelImports levels,
            Profiles profiles) {
        this.cohorts = cohorts;
        this.questionnaires = questionnaires;
        this.catalogues = catalogues;
        this.answers = answers;
        this.levels = levels;
        this.profiles = profiles;
    }

    /** A questionnaire's file: raw responses when {@code responses}, otherwise per-school aggregates. */
    Loaded questionnaire(
            QuestionnaireKind kind,
            boolean responses,
            TabularImport.Upload upload,
            Scope scope,
            @Nullable Integer year,
            String actor) {
        var cohort = regionCohort(scope, year);
        var q = questionnaires.of(cohort.regionId(), cohort.year(), kind);
        var report = responses
                ? answers.responses(upload, scope, cohort.year(), q, actor)
                : answers.aggregates(upload, scope, cohort.year(), q, actor);
        return loaded(report, cohort);
    }

    Loaded levels(TabularImport.Upload upload, Scope scope, @Nullable Integer year, String actor) {
        var cohort = regionCohort(scope, year);
        var codes = catalogues.current(cohort.regionId(), cohort.year()).catalogue().factors().stream()
                .map(Factor::code)
                .toList();
        return loaded(levels.load(upload, scope, cohort.year(), codes, actor), cohort);
    }

    private Loaded loaded(ImportReport report, Cohort cohort) {
        int changed = report.committed() ? profiles.recompute(cohort, "import") : 0;
        return new Loaded(report, cohort.year(), changed);
    }

    private Cohort regionCohort(Scope scope, @Nullable Integer year) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region loads these");
        return cohorts.of(scope, year);
    }
}
