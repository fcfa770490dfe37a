package ru.opora.identification.runs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.assessments.SchoolResults;
import ru.opora.identification.engine.ContextModel;
import ru.opora.identification.engine.RuleSet;
import ru.opora.identification.engine.SchoolYear;
import ru.opora.identification.engine.VprResult;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.SchoolContext;
import ru.opora.orgunits.Scope;

/**
 * Context-adjusted expectations: the model of the share of «2» from a school's context, fitted on
 * the region's schools, explained on the page, and each school's gap to its expectation. Schools
 * far better than expected are candidate tutor schools; far worse ones are highlighted.
 */
@Controller
class ContextController {

    static final List<String> FEATURES = List.of("rural", "logStudents", "shareOvz", "adverse", "small");

    /** A school's line: names, context and gap. */
    public record Line(String code, String name, SchoolContext context, ContextModel.Gap gap) {}

    private final RegionYears years;
    private final RuleSets ruleSets;
    private final SchoolResults results;
    private final OrgUnits orgUnits;
    private final org.springframework.context.MessageSource messages;

    ContextController(
            RegionYears years,
            RuleSets ruleSets,
            SchoolResults results,
            OrgUnits orgUnits,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.years = years;
        this.ruleSets = ruleSets;
        this.results = results;
        this.orgUnits = orgUnits;
    }

    @GetMapping("/identification/context.xlsx")
    void export(
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            java.util.Locale locale,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        var model = new org.springframework.ui.ExtendedModelMap();
        page(year, 1.5, scope, model);
        @SuppressWarnings("unchecked")
        var lines = (List<Line>) model.getOrDefault("all", List.of());
        var rows = new ArrayList<List<?>>();
        for (Line l : lines)
            rows.add(java.util.Arrays.asList(
                    l.code(),
                    l.name(),
                    Explanation.round(l.gap().measured()),
                    Explanation.round(l.gap().expected()),
                    Explanation.round(l.gap().z())));
        var headers = java.util.stream.Stream.of(
                        "school.code", "results.school", "context.measured", "context.expected", "context.gap")
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
        ru.opora.shared.XlsxTableWriter.download(
                response,
                "context.xlsx",
                new ru.opora.shared.Table(messages.getMessage("context.title", null, locale), headers, rows));
    }

    @GetMapping("/identification/context")
    String page(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "1.5") double z,
            Scope scope,
            Model model) {
        var region = scope.region();
        var available = results.years(region);
        model.addAttribute("years", available);
        model.addAttribute("z", z);
        if (available.isEmpty()) return "identification/context";
        int chosen = year != null && available.contains(year) ? year : available.getFirst();
        RuleSet rules = ruleSets.current(region.regionId()).rules();
        var loaded = years.load(region, chosen, 1);
        var fit = ContextModel.fit(FEATURES, observations(loaded.byYear().get(chosen), loaded.schools(), rules));
        Map<UUID, OrgUnitRef> names = new HashMap<>();
        for (OrgUnitRef r : orgUnits.byIds(
                fit.gaps().stream().map(ContextModel.Gap::schoolId).toList())) names.put(r.id(), r);
        var lines = new ArrayList<Line>();
        for (var g : fit.gaps()) {
            var ref = names.get(g.schoolId());
            var context = loaded.schools().get(g.schoolId());
            if (ref == null || context == null || !scope.permits(ref.path())) continue;
            lines.add(new Line(ref.code(), ref.name(), context, g));
        }
        lines.sort(Comparator.comparingDouble(l -> l.gap().z()));
        model.addAttribute("year", chosen);
        model.addAttribute("fit", fit);
        model.addAttribute(
                "better", lines.stream().filter(l -> l.gap().z() <= -z).toList());
        model.addAttribute(
                "worse",
                lines.stream()
                        .filter(l -> l.gap().z() >= z)
                        .sorted(Comparator.comparingDouble(l -> -l.gap().z()))
                        .toList());
        model.addAttribute("all", lines);
        return "identification/context";
    }

    /** One observation per school with enough ВПР works; a missing ОВЗ share takes the region's mean. */
    static List<ContextModel.Observation> observations(
            List<SchoolYear> schools, Map<UUID, SchoolContext> contexts, RuleSet rules) {
        double meanOvz = contexts.values().stream()
                .map(SchoolContext::shareOvz)
                .filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        var observations = new ArrayList<ContextModel.Observation>();
        for (SchoolYear s : schools) {
            var c = contexts.get(s.schoolId());
            if (c == null) continue;
            long twos = 0;
            long works = 0;
            for (VprResult v : s.vpr()) {
                if (v.grade() < rules.firstGrade() || v.grade() > rules.lastGrade()) continue;
                twos += v.marks()[0];
                works += v.participants();
            }
            if (works < rules.minParticipants()) continue;
            double[] features = {
                c.settlement() == ru.opora.orgunits.Settlement.RURAL ? 1 : 0,
                Math.log(c.students() + 1.0),
                c.shareOvz() == null ? meanOvz : c.shareOvz(),
                c.adverseSocialConditions() ? 1 : 0,
                c.small() ? 1 : 0
            };
            observations.add(new ContextModel.Observation(s.schoolId(), features, 100.0 * twos / works));
        }
        return observations;
    }
}
