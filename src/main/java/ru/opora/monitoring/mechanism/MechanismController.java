package ru.opora.monitoring.mechanism;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/** The municipal mechanism assessment: the region's table, a municipality's form, the region's review. */
@Controller
class MechanismController {

    private final MechanismPages pages;
    private final MechanismAssessments assessments;
    private final MechanismScale scale;
    private final RoadmapSuggestions suggestions;

    MechanismController(
            MechanismPages pages,
            MechanismAssessments assessments,
            MechanismScale scale,
            RoadmapSuggestions suggestions) {
        this.suggestions = suggestions;
        this.pages = pages;
        this.assessments = assessments;
        this.scale = scale;
    }

    @GetMapping("/monitoring/mechanism")
    String index(@RequestParam(required = false) @Nullable Integer year, Scope scope, Locale locale, Model model) {
        model.addAttribute("page", pages.index(year, scope, locale));
        return "monitoring/mechanism";
    }

    @GetMapping("/monitoring/mechanism/export")
    void export(
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        XlsxTableWriter.download(response, "mechanism.xlsx", pages.table(year, scope, locale));
    }

    @GetMapping("/monitoring/mechanism/{municipalityId}")
    String form(
            @PathVariable UUID municipalityId,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Model model) {
        model.addAttribute("page", pages.form(municipalityId, year, scope, List.of()));
        return "monitoring/mechanism-form";
    }

    @PostMapping("/monitoring/mechanism/{municipalityId}")
    String save(
            @PathVariable UUID municipalityId,
            @RequestParam Map<String, String> form,
            Scope scope,
            Principal who,
            Model model) {
        var page = pages.form(municipalityId, parse(form.get("year")), scope, List.of());
        if (!page.editable())
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.CONFLICT, "submitted or accepted");
        boolean submit = "submit".equals(form.get("action"));
        var problems = new ArrayList<String>();
        var scores = new ArrayList<MechanismAssessments.Score>();
        for (var p : scale.positions()) {
            String typed = form.getOrDefault("score_" + p.number(), "");
            Integer score = parse(typed);
            String evidence = blankToNull(form.get("evidence_" + p.number()));
            String comment = blankToNull(form.get("comment_" + p.number()));
            if (score == null || score < 0 || score > MechanismScale.MAX_SCORE) {
                if (submit || !typed.isBlank()) problems.add(p.number() + ". " + p.name());
                continue;
            }
            if (evidence != null && !(evidence.startsWith("https://") || evidence.startsWith("http://")))
                problems.add(p.number() + ". " + p.name() + ": " + evidence);
            scores.add(new MechanismAssessments.Score(p.number(), score, evidence, comment));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("page", pages.form(municipalityId, page.year(), scope, problems));
            return "monitoring/mechanism-form";
        }
        assessments.save(municipalityId, page.municipality().path(), page.year(), scores, submit, who.getName());
        return "redirect:/monitoring/mechanism/" + municipalityId + "?year=" + page.year();
    }

    @PostMapping("/monitoring/mechanism/{municipalityId}/review")
    String review(
            @PathVariable UUID municipalityId,
            @RequestParam int year,
            @RequestParam String decision,
            @RequestParam(required = false) @Nullable String remarks,
            Scope scope,
            Principal who) {
        var page = pages.form(municipalityId, year, scope, List.of());
        if (!scope.isRegionWide()
                || page.assessment() == null
                || page.assessment().status() != MechanismAssessments.Status.SUBMITTED)
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.CONFLICT, "not submitted");
        assessments.review(
                municipalityId, page.year(), "accept".equals(decision), remarks == null ? "" : remarks, who.getName());
        return "redirect:/monitoring/mechanism/" + municipalityId + "?year=" + page.year();
    }

    /** The suggestions ticked on the form, by position number. */
    record Chosen(@Nullable Integer year, @Nullable List<Integer> position) {}

    /** The municipality accepts the chosen suggested rows into its roadmap of the year. */
    @PostMapping("/monitoring/mechanism/{municipalityId}/roadmap")
    String roadmap(
            @PathVariable UUID municipalityId,
            @org.springframework.web.bind.annotation.ModelAttribute Chosen asked,
            Scope scope,
            Principal who,
            Locale locale,
            org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        var page = pages.form(municipalityId, asked.year(), scope, List.of());
        var positions = asked.position();
        String back = "redirect:/monitoring/mechanism/" + municipalityId + "?year=" + page.year();
        var chosen = new java.util.HashSet<Integer>();
        if (positions != null)
            for (var p : page.suggestions()) if (positions.contains(p.number())) chosen.add(p.number());
        if (chosen.isEmpty()) {
            flash.addFlashAttribute("roadmapProblem", "mechanism.roadmap.noneChosen");
            return back;
        }
        try {
            var added = suggestions.accept(page.municipality(), page.year(), chosen, who.getName(), locale);
            flash.addFlashAttribute("roadmapAdded", added.added().size());
            flash.addFlashAttribute("roadmapAlready", added.alreadyThere().size());
            flash.addFlashAttribute("roadmapId", added.roadmapId());
        } catch (ru.opora.planning.MunicipalRoadmaps.NotEditable e) {
            flash.addFlashAttribute("roadmapProblem", "mechanism.roadmap.notEditable");
            flash.addFlashAttribute("roadmapId", e.roadmapId());
        }
        return back;
    }

    private static @Nullable Integer parse(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
