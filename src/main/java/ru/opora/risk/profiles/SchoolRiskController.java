package ru.opora.risk.profiles;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.FactorResult;
import ru.opora.risk.engine.IndicatorOutcome;
import ru.opora.risk.engine.Level;
import ru.opora.risk.engine.RiskCatalogue;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/** A school's risk profile: its chart, every factor's explanation, its history and its export. */
@Controller
class SchoolRiskController {

    private final CohortYears cohorts;
    private final Catalogues catalogues;
    private final Profiles profiles;
    private final SelfDiagnoses selfDiagnoses;
    private final OrgUnits orgUnits;
    private final Explanations explanations;

    SchoolRiskController(
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

    static OrgUnitRef school(OrgUnits orgUnits, UUID id, Scope scope) {
        return orgUnits.find(id)
                .filter(s -> s.kind() == ru.opora.orgunits.OrgUnitKind.SCHOOL && scope.permits(s.path()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/risk/schools/{id}")
    String profile(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Locale locale,
            Model model) {
        var school = school(orgUnits, id, scope);
        var cohort = cohorts.of(scope, year);
        var version = catalogues.current(cohort.regionId(), cohort.year());
        var profile = profiles.current(id, cohort.year());
        model.addAttribute("school", school);
        model.addAttribute("cohort", cohort);
        model.addAttribute("years", cohorts.choices(cohort));
        model.addAttribute("catalogue", version.catalogue());
        model.addAttribute("profile", profile.orElse(null));
        model.addAttribute("history", profiles.history(id, cohort.year()));
        model.addAttribute("diagnosis", selfDiagnoses.find(id, cohort.year()).orElse(null));
        model.addAttribute(
                "chart",
                profile.map(p -> explanations.chart(p.entries(), version.catalogue(), locale))
                        .orElse(""));
        model.addAttribute("explain", explanations);
        return "risk/school";
    }

    @GetMapping("/risk/schools/{id}.xlsx")
    void export(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var school = school(orgUnits, id, scope);
        var cohort = cohorts.of(scope, year);
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var rows = new ArrayList<List<?>>();
        profiles.current(id, cohort.year()).ifPresent(p -> {
            for (FactorResult r : p.entries()) {
                String factor = catalogue
                        .factor(r.factorCode())
                        .map(f -> RiskPagesController.name(f, locale))
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
        var headers = java.util.stream.Stream.of(
                        "risk.factor",
                        "risk.level",
                        "risk.score",
                        "risk.imported",
                        "risk.indicator",
                        "risk.formula",
                        "risk.value",
                        "risk.rule",
                        "risk.outcome")
                .map(k -> explanations.msg(k, locale))
                .toList();
        XlsxTableWriter.download(
                response,
                "risk-profile-" + school.code() + "-" + cohort.year() + ".xlsx",
                new Table(school.code() + " " + school.name(), headers, rows));
    }

    /** Levels of a snapshot by factor, for the history's columns. */
    static Map<String, Level> levels(Profiles.Snapshot s) {
        var result = new java.util.HashMap<String, Level>();
        for (FactorResult r : s.entries()) result.put(r.factorCode(), r.level());
        return result;
    }

    static List<String> changes(Profiles.Snapshot newer, Profiles.@Nullable Snapshot older, RiskCatalogue catalogue) {
        var result = new ArrayList<String>();
        if (older == null) return result;
        var before = levels(older);
        for (FactorResult r : newer.entries()) {
            Level was = before.get(r.factorCode());
            if (was != null && was != r.level()) result.add(r.factorCode() + ": " + was + " → " + r.level());
        }
        return result;
    }
}
