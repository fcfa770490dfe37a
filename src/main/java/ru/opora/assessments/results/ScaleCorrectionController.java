package ru.opora.assessments.results;

import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.shared.NotFound;

/**
 * Correcting an assessment's scale on its page: the thresholds typed, a preview of how many works
 * change mark, then the correction, which recomputes the marks and every figure.
 */
@Controller
class ScaleCorrectionController {

    private final ScaleCorrection correction;
    private final Catalogue catalogue;

    ScaleCorrectionController(ScaleCorrection correction, Catalogue catalogue) {
        this.correction = correction;
        this.catalogue = catalogue;
    }

    @GetMapping("/results/catalogue/{id}/scale")
    String form(@PathVariable UUID id, Model model) {
        var a = catalogue.find(id).orElseThrow(NotFound::new);
        model.addAttribute("assessment", a);
        if (!model.containsAttribute("thresholds"))
            model.addAttribute(
                    "thresholds",
                    new ScaleCorrection.Thresholds(
                            a.scale().threshold(3),
                            a.scale().threshold(4),
                            a.scale().threshold(5)));
        return "assessments/scale";
    }

    @PostMapping("/results/catalogue/{id}/scale/preview")
    String preview(@PathVariable UUID id, @ModelAttribute("thresholds") ScaleCorrection.Thresholds t, Model model) {
        try {
            model.addAttribute("preview", correction.preview(id, t));
        } catch (ScaleCorrection.BadScale e) {
            model.addAttribute("problem", e.max);
        }
        return form(id, model);
    }

    @PostMapping("/results/catalogue/{id}/scale")
    String apply(
            @PathVariable UUID id,
            @ModelAttribute("thresholds") ScaleCorrection.Thresholds t,
            Principal principal,
            Model model,
            RedirectAttributes flash) {
        try {
            var done = correction.apply(id, t, principal.getName());
            // only plain numbers go through the session (a flash attribute is serialised)
            flash.addFlashAttribute("correctedChanged", done.changed());
            flash.addFlashAttribute("correctedWorks", done.works());
            return "redirect:/results/catalogue/" + id + "/scale";
        } catch (ScaleCorrection.BadScale e) {
            model.addAttribute("problem", e.max);
            return form(id, model);
        }
    }
}
