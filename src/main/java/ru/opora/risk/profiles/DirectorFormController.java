package ru.opora.risk.profiles;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;

/** The director's questionnaire filled in Opora; saving recomputes the cohort's profiles. */
@Controller
class DirectorFormController {

    private final DirectorForm forms;

    DirectorFormController(DirectorForm forms) {
        this.forms = forms;
    }

    @GetMapping("/risk/schools/{id}/director")
    String director(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        var refused = model.getAttribute("refused") instanceof DirectorForm.Refused r ? r : null;
        model.addAttribute("page", forms.page(id, year, scope, refused));
        return "risk/director";
    }

    @PostMapping("/risk/schools/{id}/director")
    String saveDirector(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Scope scope,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        var outcome = forms.save(id, form, scope, principal.getName(), locale);
        if (outcome.refused() != null) {
            redirect.addFlashAttribute("refused", outcome.refused());
            return "redirect:/risk/schools/" + id + "/director?year=" + outcome.year();
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/risk/schools/" + id + "?year=" + outcome.year();
    }
}
