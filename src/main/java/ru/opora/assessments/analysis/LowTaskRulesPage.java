package ru.opora.assessments.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.opora.assessments.results.LowTaskRule;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;
import ru.opora.shared.Table;

/**
 * The region's thresholds of a low-solve-rate task: the rule in force, its history, a preview of
 * what a change would flag, and saving a new version with its reason. Only a region-wide scope
 * edits the region's rule.
 */
@Component
class LowTaskRulesPage {

    /** The form as typed: numbers may use a decimal comma. */
    record RuleForm(
            @Nullable String absolute,
            @Nullable String gap,
            @Nullable String minGroup,
            @Nullable String reason,
            @Nullable String action) {

        boolean saving() {
            return !"preview".equals(action);
        }
    }

    /** The page; {@code errors} by field, {@code preview} when one was asked for. */
    record Page(
            RuleForm form,
            LowTaskRules.Version current,
            List<LowTaskRules.Version> history,
            Map<String, String> errors,
            LowTaskPreview.@Nullable Preview preview) {}

    /** A saved version's number, or the page back with errors or a preview. */
    record Outcome(int saved, @Nullable Page page) {}

    private final LowTaskRules rules;
    private final LowTaskPreview preview;
    private final MessageSource messages;

    LowTaskRulesPage(LowTaskRules rules, LowTaskPreview preview, MessageSource messages) {
        this.rules = rules;
        this.preview = preview;
        this.messages = messages;
    }

    Page page(Scope scope) {
        var current = rules.current(regionOf(scope));
        var form = new RuleForm(
                Formats.editable(current.rule().absoluteThreshold()),
                Formats.editable(current.rule().gapBelowRegion()),
                String.valueOf(current.rule().minGroup()),
                "",
                null);
        return page(scope, form, Map.of(), null);
    }

    /** Previews or saves the rule as typed. */
    Outcome submit(RuleForm form, Scope scope, String user, Locale locale) {
        UUID region = regionOf(scope);
        var errors = new LinkedHashMap<String, String>();
        Double absolute = percent(form.absolute(), "absolute", errors, locale);
        Double gap = percent(form.gap(), "gap", errors, locale);
        // a form without the field (an older page, a script) keeps the group size in force
        Integer minGroup = form.minGroup() == null || form.minGroup().isBlank()
                ? Integer.valueOf(rules.current(region).rule().minGroup())
                : group(form.minGroup(), errors, locale);
        if (form.saving() && (form.reason() == null || form.reason().isBlank()))
            errors.put("reason", messages.getMessage("lowRules.error.reason", null, locale));
        if (!errors.isEmpty() || absolute == null || gap == null || minGroup == null)
            return new Outcome(0, page(scope, form, errors, null));
        var rule = new LowTaskRule(absolute, gap, minGroup);
        if (!form.saving())
            return new Outcome(
                    0,
                    page(
                            scope,
                            form,
                            errors,
                            preview.compare(scope, rules.current(region).rule(), rule)));
        return new Outcome(rules.save(scope.region(), rule, form.reason(), user).number(), null);
    }

    /** Every version of the rule with its reason, author and time. */
    Table table(Scope scope, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (var v : rules.history(regionOf(scope)))
            rows.add(Arrays.asList(
                    v.number(),
                    v.rule().absoluteThreshold(),
                    v.rule().gapBelowRegion(),
                    v.rule().minGroup(),
                    v.isDefault() ? messages.getMessage("lowRules.default", null, locale) : v.reason(),
                    v.author(),
                    v.createdAt() == null ? null : Formats.local(v.createdAt())));
        var headers = Table.headers(
                messages,
                locale,
                "lowRules.version",
                "lowRules.absolute",
                "lowRules.gap",
                "lowRules.minGroup",
                "lowRules.reason",
                "lowRules.author",
                "lowRules.createdAt");
        return new Table(messages.getMessage("lowRules.title", null, locale), headers, rows);
    }

    private Page page(
            Scope scope, RuleForm form, Map<String, String> errors, LowTaskPreview.@Nullable Preview preview) {
        UUID region = regionOf(scope);
        return new Page(form, rules.current(region), rules.history(region), errors, preview);
    }

    private static UUID regionOf(Scope scope) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("a region-wide scope");
        return scope.regionId();
    }

    /** The fewest works of a group marked low: a whole number from 1 to 1 000. */
    private @Nullable Integer group(@Nullable String text, Map<String, String> errors, Locale locale) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.replaceAll("[\\s\\u00a0]", ""));
            if (value >= 1 && value <= 1000) return value;
        } catch (NumberFormatException e) {
            // reported below, with the text as typed
        }
        errors.put("minGroup", messages.getMessage("lowRules.error.minGroup", new Object[] {text}, locale));
        return null;
    }

    private @Nullable Double percent(@Nullable String text, String field, Map<String, String> errors, Locale locale) {
        try {
            double value = Double.parseDouble(
                    text == null ? "" : text.replace(',', '.').replaceAll("[\\s\\u00a0]", ""));
            if (value >= 0 && value <= 100 && !Double.isNaN(value)) return value;
        } catch (NumberFormatException e) {
            // reported below, with the text as typed
        }
        errors.put(field, messages.getMessage("lowRules.error.percent", new Object[] {text}, locale));
        return null;
    }
}
