package ru.opora.planning.documents;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.identity.Permission;
import ru.opora.orgunits.Scope;

/**
 * {@code /planning}: a school goes to its own plan, an expert to the reviews, a coordinator sees
 * every document in scope; a school's plan and a municipality's roadmap (see {@link PlanPages}).
 */
@Controller
class PlanController {

    private final PlanPages pages;

    PlanController(PlanPages pages) {
        this.pages = pages;
    }

    @GetMapping("/planning")
    String overview(
            @RequestParam(required = false) @Nullable Integer year, Scope scope, Authentication who, Model model) {
        if (!DocumentAccess.has(who, Permission.PLAN_VIEW)) return "redirect:/planning/reviews";
        var own = pages.ownSchool(scope, who);
        if (own.isPresent()) return "redirect:/planning/schools/" + own.get().id() + "?year=" + pages.year(year);
        model.addAttribute("page", pages.overview(year, scope));
        return "planning/overview";
    }

    @GetMapping("/planning/schools/{id}")
    String school(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Authentication who,
            Model model) {
        model.addAttribute("page", pages.school(id, year, scope, who));
        return "planning/school";
    }

    @PostMapping("/planning/schools/{id}/documents")
    String create(
            @PathVariable UUID id,
            @ModelAttribute PlanPages.NewDocument asked,
            Scope scope,
            Authentication who,
            Locale locale) {
        try {
            return "redirect:/planning/documents/" + pages.schoolDocument(id, asked, scope, who, locale) + "/edit";
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @GetMapping("/planning/municipalities/{id}")
    String municipality(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Authentication who,
            Model model) {
        model.addAttribute("page", pages.municipality(id, year, scope, who));
        return "planning/municipality";
    }

    @PostMapping("/planning/municipalities/{id}/roadmap")
    String roadmap(@PathVariable UUID id, @RequestParam int year, Scope scope, Authentication who, Locale locale) {
        return "redirect:/planning/documents/" + pages.roadmap(id, year, scope, who, locale) + "/edit";
    }
}
