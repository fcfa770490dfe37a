package ru.opora.risk.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.Factor;
import ru.opora.risk.engine.RiskCatalogue;

/**
 * The school's self-diagnosis as a form: one row per factor of the cohort's catalogue with the
 * school's answer beside the computed level, the HIGH factors left out as warnings, and the
 * curator's comment.
 */
@Component
class SelfDiagnosisForm {

    /** The form as shown; {@code version} is the one it was read at, for the optimistic check on saving. */
    record Page(
            OrgUnitRef school,
            Cohort cohort,
            RiskCatalogue catalogue,
            List<SelfDiagnoses.Entry> entries,
            int version,
            SelfDiagnoses.@Nullable SelfDiagnosis diagnosis,
            Profiles.@Nullable Snapshot profile,
            List<String> warnings,
            List<String> problems) {}

    /**
     * A form that was not saved, as the school wrote it, with what was wrong; without entries when
     * someone else saved first, so that the page shows theirs.
     */
    record Refused(@Nullable List<SelfDiagnoses.Entry> entries, int version, List<String> problems)
            implements java.io.Serializable {}

    /** What saving came to: the cohort year to return to and, when refused, why. */
    record Outcome(int year, @Nullable Refused refused) {}

    private final SchoolRiskPage schools;
    private final CohortYears cohorts;
    private final Catalogues catalogues;
    private final Profiles profiles;
    private final SelfDiagnoses selfDiagnoses;
    private final MessageSource messages;

    SelfDiagnosisForm(
            SchoolRiskPage schools,
            CohortYears cohorts,
            Catalogues catalogues,
            Profiles profiles,
            SelfDiagnoses selfDiagnoses,
            MessageSource messages) {
        this.schools = schools;
        this.cohorts = cohorts;
        this.catalogues = catalogues;
        this.profiles = profiles;
        this.selfDiagnoses = selfDiagnoses;
        this.messages = messages;
    }

    /** The saved answers, or the refused ones when the school is sent back to correct them. */
    Page page(UUID id, @Nullable Integer year, Scope scope, @Nullable Refused refused) {
        var school = schools.school(id, scope);
        var cohort = cohorts.of(scope, year);
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var diagnosis = selfDiagnoses.find(id, cohort.year()).orElse(null);
        var profile = profiles.current(id, cohort.year()).orElse(null);
        var written = refused == null ? null : refused.entries();
        var entries = written != null ? written : saved(catalogue, diagnosis);
        return new Page(
                school,
                cohort,
                catalogue,
                entries,
                written != null ? refused.version() : diagnosis == null ? 0 : diagnosis.version(),
                diagnosis,
                profile,
                profile == null ? List.of() : SelfDiagnoses.highNotSelected(entries, profile.entries()),
                refused == null ? List.of() : refused.problems());
    }

    /** Checks and saves the posted form; a refused or conflicting form comes back with its problems. */
    Outcome save(UUID id, MultiValueMap<String, String> form, Scope scope, String user, Locale locale) {
        var school = schools.school(id, scope);
        var cohort = cohorts.posted(scope, form);
        int version = version(form);
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var entries = new ArrayList<SelfDiagnoses.Entry>();
        for (Factor f : catalogue.factors()) {
            String measures = form.getFirst("measures_" + f.code());
            entries.add(new SelfDiagnoses.Entry(
                    f.code(),
                    form.containsKey("actual_" + f.code()),
                    measures == null ? "" : measures.strip(),
                    form.containsKey("selected_" + f.code())));
        }
        var problems = SelfDiagnoses.check(entries, catalogue);
        if (!problems.isEmpty())
            return new Outcome(
                    cohort.year(),
                    new Refused(
                            entries,
                            version,
                            problems.stream()
                                    .map(p -> messages.getMessage(p, new Object[] {catalogue.maxSelected()}, locale))
                                    .toList()));
        try {
            selfDiagnoses.save(id, school.path(), cohort.year(), entries, version, user);
            return new Outcome(cohort.year(), null);
        } catch (SelfDiagnoses.Conflict e) {
            return new Outcome(
                    cohort.year(),
                    new Refused(null, version, List.of(messages.getMessage("risk.self.conflict", null, locale))));
        }
    }

    /** The curator's comment; a blank one is not saved. Returns whether one was. */
    boolean comment(UUID id, Cohort cohort, String comment, Scope scope, String user) {
        var school = schools.school(id, scope);
        if (comment.isBlank()) return false;
        selfDiagnoses.comment(id, school.path(), cohort.year(), comment, user);
        return true;
    }

    /** The version the form was read at; a missing or forged one cannot match, so it counts as someone else's save. */
    private static int version(MultiValueMap<String, String> form) {
        try {
            return Integer.parseInt(String.valueOf(form.getFirst("version")).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<SelfDiagnoses.Entry> saved(
            RiskCatalogue catalogue, SelfDiagnoses.@Nullable SelfDiagnosis diagnosis) {
        var entries = new ArrayList<SelfDiagnoses.Entry>();
        for (Factor f : catalogue.factors())
            entries.add(
                    diagnosis == null
                            ? new SelfDiagnoses.Entry(f.code(), false, "", false)
                            : diagnosis.entries().stream()
                                    .filter(e -> e.factorCode().equals(f.code()))
                                    .findFirst()
                                    .orElse(new SelfDiagnoses.Entry(f.code(), false, "", false)));
        return entries;
    }
}
