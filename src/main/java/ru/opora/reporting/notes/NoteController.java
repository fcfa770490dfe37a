package ru.opora.reporting.notes;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;

/**
 * {@code /reporting}: the catalogue of analytical notes; a draft of a unit's note for a year's
 * ВПР with its figures and the two sections the methodist writes; a note's versions as DOCX and PDF.
 */
@Controller
class NoteController {

    private final NotePages pages;

    NoteController(NotePages pages) {
        this.pages = pages;
    }

    @GetMapping("/reporting")
    String catalogue(Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.catalogue(scope, who));
        return "reporting/notes";
    }

    /** What a draft is of: the unit and a year of ВПР, or the unit and a monitoring campaign. */
    record DraftQuery(
            @Nullable UUID unit,
            @Nullable Integer year,
            @Nullable UUID campaign) {}

    @GetMapping("/reporting/draft")
    String draft(
            @org.springframework.web.bind.annotation.ModelAttribute DraftQuery q,
            Scope scope,
            Authentication who,
            Locale locale,
            Model model) {
        if (!NotePages.canIssue(who)) throw new AccessDeniedException("notes are issued by the levels above schools");
        if (q.unit() == null) throw new NotFound();
        model.addAttribute("page", pages.draft(pages.subject(q.unit(), q.year(), q.campaign(), scope), who, locale));
        return "reporting/draft";
    }

    /** The issue form: the unit and the year or campaign, and the two sections as the methodist left them. */
    record IssueForm(
            @Nullable UUID unit,
            @Nullable Integer year,
            @Nullable UUID campaign,
            @Nullable String conclusions,
            @Nullable String recommendations) {}

    @PostMapping("/reporting/notes")
    String issue(
            @org.springframework.web.bind.annotation.ModelAttribute IssueForm f,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        if (f.unit() == null) throw new NotFound();
        var subject = pages.subject(f.unit(), f.year(), f.campaign(), scope);
        var id = pages.issue(subject, f.conclusions(), f.recommendations(), who);
        flash.addFlashAttribute("issued", true);
        return "redirect:/reporting/notes/" + id;
    }

    @GetMapping("/reporting/notes/{id}")
    String note(@PathVariable UUID id, Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.note(id, scope, who));
        return "reporting/note";
    }

    @GetMapping("/reporting/notes/{id}/versions/{number}.docx")
    void docx(
            @PathVariable UUID id,
            @PathVariable int number,
            Scope scope,
            Authentication who,
            HttpServletResponse response)
            throws IOException {
        send(id, number, false, scope, who, response);
    }

    @GetMapping("/reporting/notes/{id}/versions/{number}.pdf")
    void pdf(
            @PathVariable UUID id,
            @PathVariable int number,
            Scope scope,
            Authentication who,
            HttpServletResponse response)
            throws IOException {
        send(id, number, true, scope, who, response);
    }

    private void send(UUID id, int number, boolean pdf, Scope scope, Authentication who, HttpServletResponse response)
            throws IOException {
        var page = pages.note(id, scope, who);
        var bytes = pages.parts().notes().document(id, number, pdf).orElseThrow(NotFound::new);
        response.setContentType(
                pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String name = page.note().title() + ", версия " + number + (pdf ? ".pdf" : ".docx");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.getOutputStream().write(bytes);
    }
}
