package ru.opora.people.mentoring;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;
import ru.opora.shared.XlsxTableWriter;

/**
 * {@code /people/schools/{id}/mentoring}: a school's mentoring pairs with the mentees' development
 * plans and its lesson observations, their forms and exports; {@code
 * /people/settings/observation-protocol}: the region's observation criteria.
 */
@Controller
class MentoringController {

    private final MentoringPages pages;
    private final MentoringPages.Parts parts;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final MentoringTables tables;

    MentoringController(MentoringPages pages, OrgUnits orgUnits, MessageSource messages, MentoringTables tables) {
        this.pages = pages;
        this.parts = pages.parts();
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.tables = tables;
    }

    @GetMapping("/people/schools/{id}/mentoring")
    String show(@PathVariable UUID id, Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.page(id, scope, who));
        return "people/mentoring";
    }

    @GetMapping("/people/schools/{id}/mentoring/export")
    void export(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "pairs") String table,
            Scope scope,
            Authentication who,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        XlsxTableWriter.download(response, "mentoring.xlsx", tables.of(pages.page(id, scope, who), table, locale));
    }

    @PostMapping("/people/schools/{id}/mentoring/pairs")
    String pair(
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.ModelAttribute Mentoring.PairForm form,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes flash) {
        var school = orgUnits.school(id, scope).orElseThrow(NotFound::new);
        return done(id, parts.mentoring().pair(school, form, who.getName()), "pairs", locale, flash);
    }

    /** A measure of a mentee's plan as the form sends it. */
    record PlanForm(@Nullable String title, @Nullable LocalDate due) {}

    @PostMapping("/people/schools/{id}/mentoring/pairs/{pair}/plan")
    String plan(
            @PathVariable UUID id,
            @PathVariable UUID pair,
            @org.springframework.web.bind.annotation.ModelAttribute PlanForm form,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        var school = orgUnits.school(id, scope).orElseThrow(NotFound::new);
        var problems = parts.mentoring().plan(school, pair, form.title(), form.due(), who.getName());
        return done(
                id, problems, "pair-" + pair, org.springframework.context.i18n.LocaleContextHolder.getLocale(), flash);
    }

    @PostMapping("/people/schools/{id}/mentoring/plan/{item}/done")
    String itemDone(
            @PathVariable UUID id,
            @PathVariable UUID item,
            @RequestParam(required = false) @Nullable String result,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        var school = orgUnits.school(id, scope).orElseThrow(NotFound::new);
        parts.mentoring().done(school, item, result, who.getName());
        flash.addFlashAttribute("saved", true);
        return "redirect:/people/schools/" + id + "/mentoring#pairs";
    }

    @PostMapping("/people/schools/{id}/observations")
    String observe(
            @PathVariable UUID id,
            @RequestParam Map<String, String> sent,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes flash) {
        var school = orgUnits.school(id, scope).orElseThrow(NotFound::new);
        var scores = new HashMap<String, String>();
        sent.forEach((k, v) -> {
            if (k.startsWith("score.")) scores.put(k.substring("score.".length()), v);
        });
        var form = new Observations.ObservationForm(
                uuid(sent.get("observer")),
                uuid(sent.get("teacher")),
                purpose(sent.get("purpose")),
                sent.get("classLabel"),
                sent.get("subject"),
                date(sent.get("observedOn")),
                scores,
                sent.get("comments"));
        var problems = parts.observations().record(school, form, uuid(sent.get("pair")), who.getName());
        if (problems.isEmpty()) flash.addFlashAttribute("saved", true);
        else
            flash.addFlashAttribute(
                    "problems",
                    problems.stream()
                            .map(p -> messages.getMessage(p.key(), p.args(), locale))
                            .toList());
        return "redirect:/people/schools/" + id + "/mentoring#observations";
    }

    private String done(UUID id, List<String> problems, String anchor, Locale locale, RedirectAttributes flash) {
        if (problems.isEmpty()) flash.addFlashAttribute("saved", true);
        else
            flash.addFlashAttribute(
                    "problems",
                    problems.stream()
                            .map(k -> messages.getMessage(k, null, locale))
                            .toList());
        return "redirect:/people/schools/" + id + "/mentoring#" + anchor;
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Observations.@Nullable Purpose purpose(@Nullable String text) {
        try {
            return text == null ? null : Observations.Purpose.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    @GetMapping("/people/settings/observation-protocol")
    String protocol(Scope scope, Model model) {
        if (!scope.isRegionWide()) throw new NotFound();
        model.addAttribute("protocol", parts.protocols().current(scope.regionId()));
        return "people/protocol";
    }

    @GetMapping("/people/settings/observation-protocol/export")
    void protocolExport(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        if (!scope.isRegionWide()) throw new NotFound();
        var protocol = parts.protocols().current(scope.regionId());
        var rows = protocol.criteria().stream()
                .map(c -> List.<Object>of(c.name(), c.max()))
                .toList();
        XlsxTableWriter.download(
                response,
                "protocol.xlsx",
                new ru.opora.shared.Table(
                        messages.getMessage("people.protocol.title", null, locale),
                        List.of(
                                messages.getMessage("people.protocol.criterion", null, locale),
                                messages.getMessage("people.protocol.max", null, locale)),
                        rows));
    }

    @PostMapping("/people/settings/observation-protocol")
    String saveProtocol(
            @RequestParam(defaultValue = "") String criteria,
            @RequestParam(required = false) @Nullable String reason,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes flash) {
        if (!scope.isRegionWide()) throw new NotFound();
        var problems = parts.protocols().save(scope.region(), criteria, reason, who.getName());
        if (problems.isEmpty()) flash.addFlashAttribute("saved", true);
        else {
            flash.addFlashAttribute(
                    "problems",
                    problems.stream()
                            .map(k -> messages.getMessage(k, null, locale))
                            .toList());
            flash.addFlashAttribute("criteria", criteria);
        }
        return "redirect:/people/settings/observation-protocol";
    }
}
