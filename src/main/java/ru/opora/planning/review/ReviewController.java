package ru.opora.planning.review;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;

/** The region assigns an expert; the expert reads the submitted version and scores it with remarks beside the text. */
@Controller
class ReviewController {

    private final ReviewPages pages;

    ReviewController(ReviewPages pages) {
        this.pages = pages;
    }

    /** The expert the region assigns to a submitted document, and by when. */
    record Assignment(String expert, @Nullable LocalDate due) {}

    @PostMapping("/planning/documents/{id}/expert")
    String assign(
            @PathVariable UUID id,
            @ModelAttribute Assignment assignment,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes redirect) {
        var problems = pages.assign(id, assignment.expert(), assignment.due(), scope, who, locale);
        if (problems.isEmpty()) redirect.addFlashAttribute("done", "ASSIGN_EXPERT");
        else redirect.addFlashAttribute("problems", problems);
        return "redirect:/planning/documents/" + id;
    }

    @GetMapping("/planning/reviews")
    String mine(Authentication who, Model model) {
        model.addAttribute("reviews", pages.mine(who));
        return "planning/reviews";
    }

    @GetMapping("/planning/reviews/{id}")
    String form(@PathVariable UUID id, Authentication who, Locale locale, Model model) {
        model.addAttribute("page", pages.form(id, who, locale));
        return "planning/review";
    }

    @PostMapping("/planning/reviews/{id}")
    String complete(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Authentication who,
            Locale locale,
            Model model) {
        var completion = pages.complete(id, form, who, locale);
        if (completion.refused() == null) return "redirect:/planning/reviews?done=" + completion.documentId();
        model.addAttribute("page", completion.refused());
        return "planning/review";
    }
}
