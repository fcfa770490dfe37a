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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.Factor;
import ru.opora.risk.engine.RiskCatalogue;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;
import tools.jackson.databind.json.JsonMapper;

/** The heatmap of the scope's schools × factors and the factors' frequency among ШНОР and others. */
@Controller
class RiskPagesController {

    private final CohortYears cohorts;
    private final Catalogues catalogues;
    private final Heatmap heatmap;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final JsonMapper json;

    RiskPagesController(
            CohortYears cohorts,
            Catalogues catalogues,
            Heatmap heatmap,
            OrgUnits orgUnits,
            MessageSource messages,
            JsonMapper json) {
        this.cohorts = cohorts;
        this.catalogues = catalogues;
        this.heatmap = heatmap;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/risk")
    String overview(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable UUID municipality,
            @RequestParam(defaultValue = "false") boolean shnor,
            Scope scope,
            Locale locale,
            Model model) {
        var schools = orgUnits.inScope(OrgUnitKind.SCHOOL, scope);
        var cohort = cohorts.of(scope, year);
        if (schools.size() == 1 && scope.paths().size() == 1)
            return "redirect:/risk/schools/" + schools.getFirst().id() + "?year=" + cohort.year();
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var rows = heatmap.rows(narrow(scope, municipality), cohort.year(), catalogue, shnor);
        var frequencies = Heatmap.frequencies(
                heatmap.rows(narrow(scope, municipality), cohort.year(), catalogue, false), catalogue);
        model.addAttribute("cohort", cohort);
        model.addAttribute("years", cohorts.choices(cohort));
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("rows", rows);
        model.addAttribute("frequencies", frequencies);
        model.addAttribute("chart", chart(frequencies, catalogue, locale));
        model.addAttribute("municipality", municipality);
        model.addAttribute("shnor", shnor);
        model.addAttribute("municipalities", orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope));
        model.addAttribute("regionWide", scope.isRegionWide());
        return "risk/overview";
    }

    @GetMapping("/risk.xlsx")
    void export(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable UUID municipality,
            @RequestParam(defaultValue = "false") boolean shnor,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var cohort = cohorts.of(scope, year);
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var headers = new ArrayList<>(List.of(
                msg("school.code", locale),
                msg("results.school", locale),
                msg("school.municipality", locale),
                msg("shnor.state", locale)));
        for (Factor f : catalogue.factors()) headers.add(name(f, locale));
        var rows = new ArrayList<List<?>>();
        for (Heatmap.Row r : heatmap.rows(narrow(scope, municipality), cohort.year(), catalogue, shnor)) {
            var row = new ArrayList<Object>(Arrays.asList(
                    r.code(),
                    r.name(),
                    r.municipality(),
                    r.shnor() == null ? "" : msg("shnor.state." + r.shnor(), locale)));
            for (int i = 0; i < r.levels().size(); i++)
                row.add(msg("risk.level." + r.levels().get(i), locale)
                        + (r.chosen().get(i) ? " ✔" : ""));
            rows.add(row);
        }
        XlsxTableWriter.download(
                response,
                "risk-profiles-" + cohort.year() + ".xlsx",
                new Table(msg("risk.heatmap", locale), headers, rows));
    }

    @GetMapping("/risk/frequency.xlsx")
    void exportFrequency(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable UUID municipality,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var cohort = cohorts.of(scope, year);
        var catalogue = catalogues.current(cohort.regionId(), cohort.year()).catalogue();
        var rows = new ArrayList<List<?>>();
        for (Heatmap.Frequency f : Heatmap.frequencies(
                heatmap.rows(narrow(scope, municipality), cohort.year(), catalogue, false), catalogue))
            rows.add(List.of(
                    name(catalogue.factor(f.factorCode()).orElseThrow(), locale),
                    f.shnorCount(),
                    f.shnorSchools(),
                    f.shnorShare(),
                    f.otherCount(),
                    f.otherSchools(),
                    f.otherShare()));
        var headers = java.util.stream.Stream.of(
                        "risk.factor",
                        "risk.frequency.shnorCount",
                        "risk.frequency.shnorSchools",
                        "risk.frequency.shnorShare",
                        "risk.frequency.otherCount",
                        "risk.frequency.otherSchools",
                        "risk.frequency.otherShare")
                .map(k -> msg(k, locale))
                .toList();
        XlsxTableWriter.download(
                response,
                "risk-frequency-" + cohort.year() + ".xlsx",
                new Table(msg("risk.frequency", locale), headers, rows));
    }

    private Scope narrow(Scope scope, @Nullable UUID municipality) {
        if (municipality == null) return scope;
        return orgUnits.find(municipality)
                .filter(m -> scope.permits(m.path()))
                .map(m -> Scope.of(m.path()))
                .orElse(scope);
    }

    private String chart(List<Heatmap.Frequency> frequencies, RiskCatalogue catalogue, Locale locale) {
        var labels = new ArrayList<String>();
        var shnor = new ArrayList<Double>();
        var other = new ArrayList<Double>();
        for (Heatmap.Frequency f : frequencies) {
            labels.add(name(catalogue.factor(f.factorCode()).orElseThrow(), locale));
            shnor.add(f.shnorShare());
            other.add(f.otherShare());
        }
        return json.writeValueAsString(Map.of(
                "type", "bar",
                "data",
                        Map.of(
                                "labels",
                                labels,
                                "datasets",
                                List.of(
                                        Map.of(
                                                "label",
                                                msg("risk.frequency.shnor", locale),
                                                "data",
                                                shnor,
                                                "backgroundColor",
                                                "#c0392b"),
                                        Map.of(
                                                "label",
                                                msg("risk.frequency.other", locale),
                                                "data",
                                                other,
                                                "backgroundColor",
                                                "#7f8c8d"))),
                "options", Map.of("indexAxis", "y", "scales", Map.of("x", Map.of("beginAtZero", true, "max", 100)))));
    }

    static String name(Factor f, Locale locale) {
        return "en".equals(locale.getLanguage()) && !f.nameEn().isBlank() ? f.nameEn() : f.nameRu();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
