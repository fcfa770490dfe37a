package ru.opora.identification.runs;

import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.opora.orgunits.Scope;

/** The evidence behind a school's objectivity flags for one assessment (see {@link EvidencePage}). */
@Controller
class EvidenceController {

    private final EvidencePage pages;

    EvidenceController(EvidencePage pages) {
        this.pages = pages;
    }

    @GetMapping("/identification/evidence/{schoolId}/{assessmentId}")
    String evidence(
            @PathVariable UUID schoolId, @PathVariable UUID assessmentId, Scope scope, Locale locale, Model model) {
        model.addAttribute("page", pages.page(schoolId, assessmentId, scope, locale));
        return "identification/evidence";
    }
}
