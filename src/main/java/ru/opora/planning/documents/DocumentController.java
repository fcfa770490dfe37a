package ru.opora.planning.documents;

import java.util.List;
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
import org.springframework.web.servlet.ModelAndView;
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

    /** A step the school asks for, with its note. */
    record Step(String transition, @Nullable String note) {}

    @PostMapping("/planning/documents/{id}")
    ModelAndView save(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes redirect) {
        var saving = pages.save(id, form, scope, who, locale);
        if (saving.refused() != null) return new ModelAndView("planning/edit", "page", saving.refused());
        if (saving.submit())
            return new ModelAndView(transition(id, new Step("SUBMIT", ""), scope, who, locale, redirect));
        redirect.addFlashAttribute("saved", true);
        return new ModelAndView("redirect:/planning/documents/" + id + "/edit");
    }

    @PostMapping("/planning/documents/{id}/transition")
    String transition(
            @PathVariable UUID id,
            @ModelAttribute Step step,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes redirect) {
        String note = step.note() == null ? "" : step.note();
        var problems = pages.transition(id, step.transition(), note, scope, who, locale);
        if (problems.isEmpty()) redirect.addFlashAttribute("done", step.transition());
        else redirect.addFlashAttribute("problems", problems);
        return "redirect:/planning/documents/" + id;
    }
}
