package ru.opora.support.curators;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;

/** Tutor schools: the links of the ШНОР in scope and a proposal for those without one, with its reasons. */
@Controller
class TutorController {

    private final TutorPages pages;

    TutorController(TutorPages pages) {
        this.pages = pages;
    }

    @GetMapping("/support/tutors")
    String page(@RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        model.addAttribute("page", pages.page(year, scope));
        return "support/tutors";
    }

    @PostMapping("/support/tutors")
    String acceptAll(@RequestParam int year, Scope scope, Authentication who, RedirectAttributes redirect) {
        redirect.addFlashAttribute("linked", pages.acceptAll(year, scope, who.getName()));
        return "redirect:/support/tutors?year=" + year;
    }
}
