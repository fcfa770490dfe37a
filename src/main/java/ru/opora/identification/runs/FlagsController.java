package ru.opora.identification.runs;

import java.security.Principal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.orgunits.Scope;

/** The objectivity flags of a year in the reader's scope, with the evidence, and their review by the region. */
@Controller
class FlagsController {

    private final FlagsPage pages;
    private final ObjectivityFlags flags;

    FlagsController(FlagsPage pages, ObjectivityFlags flags) {
        this.pages = pages;
        this.flags = flags;
    }

    @GetMapping("/identification/flags")
    String list(@RequestParam(required = false) @Nullable Integer year, Scope scope, Locale locale, Model model) {
        model.addAttribute("page", pages.page(year, scope, locale));
        return "identification/flags";
    }

    @PostMapping("/identification/flags/review")
    String review(ObjectivityFlags.Review review, Scope scope, Principal principal) {
        flags.review(review, scope, principal.getName());
        return "redirect:/identification/flags?year=" + review.year() + "#flag-" + review.schoolId() + "-"
                + review.code();
    }
}
