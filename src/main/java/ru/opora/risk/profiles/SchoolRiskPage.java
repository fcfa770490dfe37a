package ru.opora.risk.profiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.FactorResult;
import ru.opora.risk.engine.IndicatorOutcome;
import ru.opora.risk.engine.RiskCatalogue;
import ru.opora.shared.Chart;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;

/** A school's risk profile as its page and its export show it: the chart, every factor explained, the history. */
@Component
class SchoolRiskPage {

    /** The page; {@code profile} and {@code chart} are null before the first computation. */
    record Page(
            OrgUnitRef school,
            Cohort cohort,
            List<Integer> years,
            RiskCatalogue catalogue,
            Profiles.@Nullable Snapshot profile,
            List<Profiles.Snapshot> history,
            SelfDiagnoses.@Nullable SelfDiagnosis diagnosis,
            @Nullable Chart chart) {

        /** A factor of the history by the name the catalogue now gives it; a factor since removed by its code. */
        public String factorName(String code, Locale locale) {
            return catalogue.factor(code).map(f -> f.name(locale)).orElse(code);
        }
    }

    private final CohortYears cohorts;
    private final Catalogues catalogues;
    private final Profiles profiles;
    private final SelfDiagnoses selfDiagnoses;
    private final OrgUnits orgUnits;
    private final Explanations explanations;

    SchoolRiskPage(
            CohortYears cohorts,
            Catalogues catalogues,
            Profiles profiles,
            SelfDiagnoses selfDiagnoses,
            OrgUnits orgUnits,
            Explanations explanations) {
        this.cohorts = cohorts;
        this.catalogues = catalogues;
        this.profiles = profiles;
        this.selfDiagnoses = selfDiagnoses;
        this.orgUnits = orgUnits;
        this.explanations = explanations;
    }

    /** The school, if the reader may see it; otherwise 404, as if it did not exist. */
    OrgUnitRef school(UUID id, Scope scope) {
        return orgUnits.school(id, scope).orElseThrow(NotFound::new);
    }

    Page page(UUID id, @Nullable Integer year, Scope scope, Locale locale) {
        var school = school(id, scope);
        var cohort = cohorts.of(scope, year);
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var profile = profiles.current(id, cohort.year()).orElse(null);
        return new Page(
                school,
                cohort,
                cohorts.choices(cohort),
                catalogue,
                profile,
                profiles.history(id, cohort.year()),
                selfDiagnoses.find(id, cohort.year()).orElse(null),
                profile == null ? null : explanations.chart(profile.entries(), catalogue, locale));
    }

    /** Every indicator of every factor, one row each, named after the school. */
    Table table(OrgUnitRef school, Cohort cohort, Locale locale) {
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var rows = new ArrayList<List<?>>();
        profiles.current(school.id(), cohort.year()).ifPresent(p -> {
            for (FactorResult r : p.entries()) {
                String factor = catalogue
                        .factor(r.factorCode())
                        .map(f -> f.name(locale))
                        .orElse(r.factorCode());
                for (IndicatorOutcome o : r.indicators())
                    rows.add(Arrays.asList(
                            factor,
                            explanations.level(r.level(), locale),
                            r.score(),
                            r.imported() ? "✔" : "",
                            o.name(),
                            o.formula(),
                            o.value(),
                            explanations.rule(o, locale),
                            explanations.outcome(o, locale)));
            }
        });
        var headers = explanations.headers(
                locale,
                "risk.factor",
                "risk.level",
                "risk.score",
                "risk.imported",
                "risk.indicator",
                "risk.formula",
                "risk.value",
                "risk.rule",
                "risk.outcome");
        return new Table(school.code() + " " + school.name(), headers, rows);
    }
}
