package ru.opora.monitoring.indicators;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import ru.opora.orgunits.Scope;

/** The region's monitoring indicators: the set in force, its versions, and adding or changing one with a reason. */
@Controller
class IndicatorController {

    /** An indicator as the form sends it: numbers as typed. */
    record IndicatorForm(
            @Nullable String code,
            @Nullable String name,
            Indicator.@Nullable Unit unit,
            Indicator.@Nullable Direction direction,
            @Nullable String target,
            @Nullable String formula,
            @Nullable String riskFactor,
            @Nullable String mechanismPosition,
            Indicator.@Nullable Level level,
            @Nullable String reason) {}

    private final IndicatorSets sets;

    IndicatorController(IndicatorSets sets) {
        this.sets = sets;
    }

    @GetMapping("/monitoring/indicators")
    String page(Scope scope, Model model) {
        model.addAttribute("history", sets.history(scope.regionId()));
        return "monitoring/indicators";
    }

    @PostMapping("/monitoring/indicators")
    String save(IndicatorForm form, Scope scope, Principal who, Model model) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region's indicator set");
        var problems = new ArrayList<IndicatorSets.Problem>();
        Double target = number(form.target(), "monitoring.indicator.error.targetNumber", problems);
        Double position = number(form.mechanismPosition(), "monitoring.indicator.error.position", problems);
        if (form.unit() == null || form.direction() == null)
            problems.add(new IndicatorSets.Problem("monitoring.indicator.error.unit", ""));
        var indicator = new Indicator(
                text(form.code()).toUpperCase(java.util.Locale.ROOT),
                text(form.name()),
                form.unit() == null ? Indicator.Unit.PERCENT : form.unit(),
                form.direction() == null ? Indicator.Direction.HIGHER_IS_BETTER : form.direction(),
                target,
                text(form.formula()).isEmpty() ? null : text(form.formula()),
                text(form.riskFactor()).isEmpty() ? null : text(form.riskFactor()),
                position == null ? null : position.intValue(),
                form.level());
        problems.addAll(sets.problems(indicator));
        if (text(form.reason()).isEmpty())
            problems.add(new IndicatorSets.Problem("monitoring.indicator.error.reason", ""));
        if (!problems.isEmpty()) {
            model.addAttribute("history", sets.history(scope.regionId()));
            model.addAttribute("problems", problems);
            model.addAttribute("form", form);
            return "monitoring/indicators";
        }
        sets.save(scope.region(), indicator, text(form.reason()), who.getName());
        return "redirect:/monitoring/indicators?saved";
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static @Nullable Double number(@Nullable String text, String key, List<IndicatorSets.Problem> problems) {
        if (text == null || text.isBlank()) return null;
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below with the text as typed
        }
        problems.add(new IndicatorSets.Problem(key, text));
        return null;
    }
}
