package ru.opora.planning.documents;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;

/** A document: read with the expert's remarks beside the text, edited as the school, moved through its states. */
@Controller
class DocumentController {

    private final DocumentPages pages;

    DocumentController(DocumentPages pages) {
        this.pages = pages;
    }

    @GetMapping("/planning/documents/{id}")
    String view(@PathVariable UUID id, Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.view(id, scope, who));
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        return "planning/document";
    }

    @GetMapping("/planning/documents/{id}/diff")
    String diff(
            @PathVariable UUID id,
            @RequestParam int from,
            @RequestParam int to,
            Scope scope,
            Authentication who,
            Model model) {
        model.addAttribute("page", pages.diff(id, from, to, scope, who));
        return "planning/diff";
    }

    @GetMapping("/planning/documents/{id}/edit")
    String edit(@PathVariable UUID id, Scope scope, Authentication who, Model model) {
        var editor = pages.editor(id, scope, who);
        if (editor.isEmpty()) return "redirect:/planning/documents/" + id;
        model.addAttribute("page", editor.get());
        return "planning/edit";
    }

    @PostMapping("/planning/documents/{id}")
    String save(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "-1") int version,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes redirect,
            Model model) {
        var saving = pages.save(id, form, version, scope, who, locale);
        if (saving.refused() != null) {
            model.addAttribute("page", saving.refused());
            return "planning/edit";
        }
        if (saving.submit()) return transition(id, "SUBMIT", "", scope, who, locale, redirect);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/planning/documents/" + id + "/edit";
    }

    @PostMapping("/planning/documents/{id}/transition")
    String transition(
            @PathVariable UUID id,
            @RequestParam String transition,
            @RequestParam(defaultValue = "") String note,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes redirect) {
        var problems = pages.transition(id, transition, note, scope, who, locale);
        if (problems.isEmpty()) redirect.addFlashAttribute("done", transition);
        else redirect.addFlashAttribute("problems", problems);
        return "redirect:/planning/documents/" + id;
    }
}
