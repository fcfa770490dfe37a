package ru.opora.assessments.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.assessments.results.LowTaskRule;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/**
 * The region admin's page of the low-solve-rate thresholds: the rule in force, its history, a
 * preview of what a change would flag, and saving a new version with its reason.
 */
@Controller
class LowTaskRulesController {

    private static final String PATH = "/results/settings/low-tasks";

    /** The form as typed: numbers may use a decimal comma. */
    public record RuleForm(
            @Nullable String absolute,
            @Nullable String gap,
            @Nullable String reason,
            @Nullable String action) {
        boolean saving() {
            return !"preview".equals(action);
        }
    }

    private final LowTaskRules rules;
    private final LowTaskPreview preview;
    private final MessageSource messages;

    LowTaskRulesController(LowTaskRules rules, LowTaskPreview preview, MessageSource messages) {
        this.rules = rules;
        this.preview = preview;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(Scope scope, Model model) {
        UUID region = regionOf(scope);
        var current = rules.current(region);
        model.addAttribute(
                "form",
                new RuleForm(
                        plain(current.rule().absoluteThreshold()),
                        plain(current.rule().gapBelowRegion()),
                        "",
                        null));
        return show(region, scope, model);
    }

    @PostMapping(PATH)
    String save(
            RuleForm form, Scope scope, Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
        UUID region = regionOf(scope);
        var errors = new LinkedHashMap<String, String>();
        Double absolute = percent(form.absolute(), "absolute", errors, locale);
        Double gap = percent(form.gap(), "gap", errors, locale);
        boolean saving = form.saving();
        if (saving && (form.reason() == null || form.reason().isBlank()))
            errors.put("reason", messages.getMessage("lowRules.error.reason", null, locale));
        model.addAttribute("form", form);
        if (!errors.isEmpty() || absolute == null || gap == null) {
            model.addAttribute("errors", errors);
            return show(region, scope, model);
        }
        var rule = new LowTaskRule(absolute, gap);
        if (!saving) {
            model.addAttribute(
                    "preview", preview.compare(scope, rules.current(region).rule(), rule));
            return show(region, scope, model);
        }
        var saved = rules.save(scope.region(), rule, form.reason(), principal.getName());
        redirect.addFlashAttribute("saved", saved.number());
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + ".xlsx")
    void export(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var rows = new ArrayList<List<?>>();
        for (var v : rules.history(regionOf(scope)))
            rows.add(java.util.Arrays.asList(
                    v.number(),
                    v.rule().absoluteThreshold(),
                    v.rule().gapBelowRegion(),
                    v.isDefault() ? messages.getMessage("lowRules.default", null, locale) : v.reason(),
                    v.author(),
                    v.createdAt() == null ? null : ru.opora.shared.Formats.local(v.createdAt())));
        var headers = List.of(
                        "lowRules.version",
                        "lowRules.absolute",
                        "lowRules.gap",
                        "lowRules.reason",
                        "lowRules.author",
                        "lowRules.createdAt")
                .stream()
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
        XlsxTableWriter.download(
                response,
                "low-task-rules.xlsx",
                new Table(messages.getMessage("lowRules.title", null, locale), headers, rows));
    }

    private String show(UUID region, Scope scope, Model model) {
        model.addAttribute("current", rules.current(region));
        model.addAttribute("history", rules.history(region));
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        return "assessments/low-task-rules";
    }

    /** Only a region-wide scope edits a region's rule: a region admin's. */
    private static UUID regionOf(Scope scope) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("a region-wide scope");
        return scope.regionId();
    }

    private @Nullable Double percent(@Nullable String text, String field, Map<String, String> errors, Locale locale) {
        try {
            double value = Double.parseDouble(text == null ? "" : text.strip().replace(',', '.'));
            if (value >= 0 && value <= 100 && !Double.isNaN(value)) return value;
        } catch (NumberFormatException e) {
            // reported below, with the text as typed
        }
        errors.put(field, messages.getMessage("lowRules.error.percent", new Object[] {text}, locale));
        return null;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v).replace('.', ',');
    }
}
