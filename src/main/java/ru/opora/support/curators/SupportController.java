package ru.opora.support.curators;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;

/** {@code /support}: the ШНОР with their curators, the suggested matching with its reasons, and assignments. */
@Controller
class SupportController {

    private final SupportPages pages;

    SupportController(SupportPages pages) {
        this.pages = pages;
    }

    @GetMapping("/support")
    String overview(@ModelAttribute SupportPages.Query query, Scope scope, Model model) {
        model.addAttribute("page", pages.overview(query, scope));
        model.addAttribute("query", query);
        return "support/overview";
    }

    @GetMapping("/support/matching")
    String matching(@RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        model.addAttribute("page", pages.matching(year, scope));
        return "support/matching";
    }

    @PostMapping("/support/matching")
    String acceptAll(@RequestParam int year, Scope scope, Authentication who, RedirectAttributes redirect) {
        redirect.addFlashAttribute("assigned", pages.acceptAll(year, scope, who.getName()));
        return "redirect:/support?year=" + year;
    }

    @PostMapping("/support/assignments")
    String assign(
            @ModelAttribute SupportPages.AssignForm form,
            Scope scope,
            Authentication who,
            RedirectAttributes redirect) {
        String problem = pages.assign(form, scope, who.getName());
        if (problem == null) redirect.addFlashAttribute("assigned", 1);
        else redirect.addFlashAttribute("problem", problem);
        return "redirect:/support?year=" + form.year();
    }

    @PostMapping("/support/assignments/end")
    String end(@RequestParam UUID school, @RequestParam int year, Scope scope, Authentication who) {
        pages.end(school, year, scope, who.getName());
        return "redirect:/support?year=" + year;
    }
}
