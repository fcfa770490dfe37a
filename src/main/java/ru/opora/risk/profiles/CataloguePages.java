package ru.opora.risk.profiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.Direction;
import ru.opora.risk.engine.Factor;
import ru.opora.risk.engine.FactorResult;
import ru.opora.risk.engine.Indicator;
import ru.opora.risk.engine.Source;
import ru.opora.risk.engine.Variables;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;
import ru.opora.shared.formula.Formula;

/**
 * The cohort's risk catalogue: read by everyone with risk pages, edited by the region a factor at a
 * time. A change is tried on a school before saving; saving needs a reason, adds a version and
 * recomputes the cohort's profiles.
 */
@Component
class CataloguePages {

    record Overview(
            Cohort cohort,
            List<Integer> years,
            Catalogues.Version version,
            List<Catalogues.Version> history,
            boolean regionWide) {}

    /** The factor editor; {@code problems} are coded «key|where|detail» as {@link Explanations#problem} reads them. */
    record Editor(
            Cohort cohort,
            Factor factor,
            boolean isNew,
            String reason,
            List<String> problems,
            List<Variables.Variable> variables,
            List<OrgUnitRef> schools) {

        public List<Source> sources() {
            return List.of(Source.values());
        }

        public List<Direction> directions() {
            return List.of(Direction.values());
        }

        public List<String> functions() {
            return Formula.FUNCTIONS.stream().sorted().toList();
        }
    }

    /** A factor as written, computed for one school beside its current level. */
    record Trial(
            OrgUnitRef school,
            FactorResult result,
            @Nullable FactorResult current) {}

    /** A saved version: its number and how many profiles changed. */
    record Saved(int version, int changed) implements java.io.Serializable {}

    /** A factor saved (in the cohort of {@code year}), or the editor back with its problems. */
    record Saving(int year, @Nullable Saved saved, @Nullable Editor refused) {}

    /** The limits form as typed: the levels' limits, how many factors a school may choose, and why. */
    record LimitsForm(
            @Nullable Integer year,
            @Nullable String levelHigh,
            @Nullable String levelMedium,
            @Nullable String maxSelected,
            @Nullable String reason) {}

    /** The limits saved, or the coded problems that kept them. */
    record Limits(int year, @Nullable Saved saved, List<String> problems) {}

    private final CohortYears cohorts;
    private final Catalogues catalogues;
    private final Profiles profiles;
    private final Questionnaires questionnaires;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    CataloguePages(
            CohortYears cohorts,
            Catalogues catalogues,
            Profiles profiles,
            Questionnaires questionnaires,
            OrgUnits orgUnits,
            MessageSource messages) {
        this.cohorts = cohorts;
        this.catalogues = catalogues;
        this.profiles = profiles;
        this.questionnaires = questionnaires;
        this.orgUnits = orgUnits;
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
                catalogues.current(cohort.regionId(), cohort.year()),
                catalogues.history(cohort.regionId(), cohort.year()),
                scope.isRegionWide());
    }

    /** The editor of a factor, or of a new one when {@code code} is «new». */
    Editor editor(String code, @Nullable Integer year, Scope scope) {
        var cohort = regionCohort(scope, year);
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        boolean isNew = "new".equals(code);
        var factor = isNew
                ? new Factor("", "", "", "", List.of(), List.of())
                : catalogue.factor(code).orElseThrow(NotFound::new);
        return editor(cohort, factor, isNew, "", List.of(), scope);
    }

    Trial trial(String code, UUID schoolId, MultiValueMap<String, String> form, Scope scope) {
        var cohort = regionCohort(scope, form);
        var factor = FactorForm.read("new".equals(code) ? "" : code, form).factor();
        var school =
                orgUnits.school(schoolId, scope).orElseThrow(() -> new AccessDeniedException("school not in scope"));
        var current = profiles.current(school.id(), cohort.year()).flatMap(p -> p.entry(factor.code()));
        return new Trial(school, profiles.tryFactor(cohort, factor, school.id()), current.orElse(null));
    }

    Saving save(String code, MultiValueMap<String, String> form, Scope scope, String user) {
        var cohort = regionCohort(scope, form);
        boolean isNew = "new".equals(code);
        var read = FactorForm.read(isNew ? "" : code, form);
        var current = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var problems = new ArrayList<>(read.problems());
        if (isNew && current.factor(read.factor().code()).isPresent())
            problems.add("risk.catalogue.error.factorExists|" + read.factor().code());
        String reason = form.getFirst("reason") == null ? "" : String.valueOf(form.getFirst("reason"));
        if (problems.isEmpty()) {
            try {
                var saved = catalogues.save(cohort, current.withFactor(read.factor()), reason, user);
                return new Saving(
                        cohort.year(), new Saved(saved.number(), profiles.recompute(cohort, "catalogue")), null);
            } catch (Catalogues.Rejected e) {
                for (var p : e.problems())
                    problems.add(p.messageKey() + "|"
                            + (p.indicatorCode().isEmpty() ? p.factorCode() : p.indicatorCode()) + "|" + p.detail());
            }
        }
        return new Saving(cohort.year(), null, editor(cohort, read.factor(), isNew, reason, problems, scope));
    }

    /**
     * The levels' limits and how many factors a school may choose; returns the saved version and the
     * profiles changed, or the coded problems.
     */
    Limits limits(LimitsForm form, Scope scope, String user) {
        var cohort = regionCohort(scope, form.year());
        String reason = form.reason() == null ? "" : form.reason();
        var current = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        List<String> problems;
        try {
            var changed = current.withLimits(
                    Double.parseDouble(String.valueOf(form.levelHigh()).replace(',', '.')),
                    Double.parseDouble(String.valueOf(form.levelMedium()).replace(',', '.')),
                    Integer.parseInt(String.valueOf(form.maxSelected()).strip()));
            var saved = catalogues.save(cohort, changed, reason, user);
            return new Limits(
                    cohort.year(), new Saved(saved.number(), profiles.recompute(cohort, "catalogue")), List.of());
        } catch (NumberFormatException e) {
            problems = List.of("risk.catalogue.error.limits||");
        } catch (Catalogues.Rejected e) {
            problems = e.problems().stream().map(p -> p.messageKey() + "||").toList();
        }
        return new Limits(cohort.year(), null, problems);
    }

    int recompute(@Nullable Integer year, Scope scope) {
        return profiles.recompute(regionCohort(scope, year), "manual");
    }

    /** Every indicator of every factor, one row each. */
    Table table(Catalogues.Version version, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (Factor f : version.catalogue().factors())
            for (Indicator i : f.indicators())
                rows.add(Arrays.asList(
                        f.code(),
                        f.name(locale),
                        i.code(),
                        i.name(),
                        msg("risk.source." + i.source(), locale),
                        i.formula(),
                        msg("risk.direction." + i.direction(), locale),
                        i.threshold(),
                        i.weight(),
                        String.join("; ", f.measures())));
        var headers = Table.headers(
                messages,
                locale,
                "risk.factor.code",
                "risk.factor",
                "risk.indicator.code",
                "risk.indicator",
                "risk.source",
                "risk.formula",
                "risk.direction",
                "risk.threshold",
                "risk.weight",
                "risk.measures");
        return new Table(msg("risk.catalogue.title", locale), headers, rows);
    }

    Catalogues.Version current(Cohort cohort) {
        return catalogues.current(cohort.regionId(), cohort.year());
    }

    private Editor editor(
            Cohort cohort, Factor factor, boolean isNew, String reason, List<String> problems, Scope scope) {
        return new Editor(
                cohort,
                factor,
                isNew,
                reason,
                problems,
                Variables.of(questionnaires.forCohort(cohort.regionId(), cohort.year())),
                orgUnits.inScope(OrgUnitKind.SCHOOL, scope));
    }

    private Cohort regionCohort(Scope scope, MultiValueMap<String, String> form) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region edits its catalogue");
        return cohorts.posted(scope, form);
    }

    private Cohort regionCohort(Scope scope, @Nullable Integer year) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region edits its catalogue");
        return cohorts.of(scope, year);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
