package ru.opora.coordination.meetings;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;
import ru.opora.shared.XlsxTableWriter;

/**
 * {@code /coordination}: meetings with their protocols, the assignments their decisions issue, and
 * each assignment's page where the assignee reports and the issuer closes or returns it.
 */
@Controller
class MeetingController {

    /** A meeting as its form sends it. */
    record MeetingForm(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate heldOn,

            @Nullable String title,
            @Nullable String format,
            @Nullable String chair,
            @Nullable String attendees) {}

    /** An assignment as the decision's form sends it. */
    record AssignmentForm(
            @Nullable UUID assignee,
            @Nullable String text,
            @Nullable String reportForm,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate due) {}

    /** A step on an assignment as its form sends it. */
    record StepForm(@Nullable String step, @Nullable String note) {}

    private final MeetingPages pages;
    private final MeetingPages.Parts parts;
    private final ProtocolDocx docx;
    private final MessageSource messages;

    MeetingController(MeetingPages pages, MeetingPages.Parts parts, ProtocolDocx docx, MessageSource messages) {
        this.pages = pages;
        this.parts = parts;
        this.docx = docx;
        this.messages = messages;
    }

    @GetMapping("/coordination")
    String overview(Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.overview(scope, who));
        return "coordination/overview";
    }

    /**
     * «What is mine to do», for the start page: the open assignments given to the reader's units,
     * nearest deadline first, and the reports waiting for the reader's level to close them.
     */
    @GetMapping("/coordination/mine")
    String mine(Scope scope, Authentication who, Model model) {
        var page = pages.overview(scope, who);
        model.addAttribute(
                "todo",
                page.given().stream()
                        .filter(l -> l.a().state().open()
                                && MeetingPages.side(l.a(), AssignmentState.Step.REPORT, scope, who))
                        .toList());
        model.addAttribute(
                "toClose",
                page.issued().stream()
                        .filter(l -> l.a().state() == AssignmentState.REPORTED
                                && MeetingPages.side(l.a(), AssignmentState.Step.CLOSE, scope, who))
                        .toList());
        return "coordination/mine :: mine";
    }

    @GetMapping("/coordination/assignments/export")
    void export(Scope scope, Authentication who, Locale locale, HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "assignments.xlsx", pages.table(scope, who, locale));
    }

    @PostMapping("/coordination/meetings")
    String create(@ModelAttribute MeetingForm f, Scope scope, Authentication who, RedirectAttributes flash) {
        var holder = pages.holder(scope, who);
        if (holder == null) throw new AccessDeniedException("meetings are held by a region or a municipality");
        var done = parts.meetings()
                .create(
                        holder,
                        new Meetings.Form(f.heldOn(), f.title(), f.format(), f.chair(), f.attendees()),
                        who.getName());
        if (done.id() == null) {
            problems(flash, done.problems());
            return "redirect:/coordination";
        }
        flash.addFlashAttribute("saved", true);
        return "redirect:/coordination/meetings/" + done.id();
    }

    /** An addressed recommendation as its form sends it: to whom, what, by when, the report, after which analysis. */
    record RecommendationForm(
            @Nullable UUID assignee,
            @Nullable String text,
            @Nullable String reportForm,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate due,

            @Nullable String basis) {}

    @PostMapping("/coordination/recommendations")
    String recommend(@ModelAttribute RecommendationForm f, Scope scope, Authentication who, RedirectAttributes flash) {
        var holder = pages.holder(scope, who);
        if (holder == null) throw new AccessDeniedException("recommendations come from a region or a municipality");
        var assignee = f.assignee() == null
                ? null
                : parts.orgUnits().find(f.assignee()).orElse(null);
        var done = parts.assignments()
                .recommend(
                        holder,
                        assignee,
                        new Assignments.Form(f.assignee(), f.text(), f.reportForm(), f.due()),
                        f.basis(),
                        who.getName());
        after(done, flash);
        return "redirect:/coordination#recommendations";
    }

    @GetMapping("/coordination/meetings/{id}")
    String meeting(@PathVariable UUID id, Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.meeting(id, scope, who));
        return "coordination/meeting";
    }

    @GetMapping("/coordination/meetings/{id}/protocol.docx")
    void protocol(@PathVariable UUID id, Scope scope, Authentication who, HttpServletResponse response)
            throws IOException {
        var page = pages.meeting(id, scope, who);
        response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.setHeader("Content-Disposition", "attachment; filename=\"protocol.docx\"");
        docx.write(page, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    @PostMapping("/coordination/meetings/{id}/items")
    String item(
            @PathVariable UUID id,
            @ModelAttribute Meetings.ItemForm f,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        var m = managed(id, scope, who);
        after(parts.meetings().addItem(m, f, who.getName()), flash);
        return "redirect:/coordination/meetings/" + id + "#agenda";
    }

    @PostMapping("/coordination/meetings/{id}/items/{item}/assignments")
    String assign(
            @PathVariable UUID id,
            @PathVariable UUID item,
            @ModelAttribute AssignmentForm f,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        var m = managed(id, scope, who);
        var agendaItem = parts.meetings().items(id).stream()
                .filter(i -> i.id().equals(item))
                .findFirst()
                .orElseThrow(NotFound::new);
        var assignee = f.assignee() == null
                ? null
                : parts.orgUnits().find(f.assignee()).orElse(null);
        after(
                parts.assignments()
                        .issue(
                                m,
                                agendaItem,
                                assignee,
                                new Assignments.Form(f.assignee(), f.text(), f.reportForm(), f.due()),
                                who.getName()),
                flash);
        return "redirect:/coordination/meetings/" + id + "#item-" + item;
    }

    @GetMapping("/coordination/assignments/{id}")
    String assignment(@PathVariable UUID id, Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.assignment(id, scope, who));
        return "coordination/assignment";
    }

    @PostMapping("/coordination/assignments/{id}/steps")
    String step(
            @PathVariable UUID id,
            @ModelAttribute StepForm f,
            @org.springframework.web.bind.annotation.RequestParam(required = false)
                    org.springframework.web.multipart.@Nullable MultipartFile file,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        var a = pages.readableAssignment(id, scope);
        AssignmentState.Step step = null;
        for (var s : AssignmentState.Step.values()) if (s.name().equals(f.step())) step = s;
        if (step == null) throw new NotFound();
        if (!MeetingPages.side(a, step, scope, who)) throw new AccessDeniedException("not this side's step");
        boolean attached = step == AssignmentState.Step.REPORT && file != null && !file.isEmpty();
        // the file is checked before anything is saved: a refused file leaves the assignment as it was
        var refusal =
                attached ? parts.files().check(file) : java.util.Optional.<ru.opora.shared.StoredFiles.Refusal>empty();
        if (refusal.isPresent()) {
            Locale locale = LocaleContextHolder.getLocale();
            flash.addFlashAttribute(
                    "problems",
                    List.of(messages.getMessage(
                            refusal.get().code(), new Object[] {refusal.get().argument()}, locale)));
            return "redirect:/coordination/assignments/" + id;
        }
        var problems = parts.assignments().step(a, step, f.note(), who.getName());
        if (problems.isEmpty()) {
            if (attached) parts.files().attach(id, file, who.getName());
            flash.addFlashAttribute("saved", true);
        } else problems(flash, problems);
        return "redirect:/coordination/assignments/" + id;
    }

    @GetMapping("/coordination/assignments/{id}/files/{file}")
    void file(@PathVariable UUID id, @PathVariable UUID file, Scope scope, HttpServletResponse response)
            throws IOException {
        pages.readableAssignment(id, scope);
        var found = parts.files().find(id, file).orElseThrow(NotFound::new);
        response.setContentType("application/octet-stream");
        response.setHeader(
                "Content-Disposition",
                org.springframework.http.ContentDisposition.attachment()
                        .filename(found[1], java.nio.charset.StandardCharsets.UTF_8)
                        .build()
                        .toString());
        try (var in = parts.files().open(found[0])) {
            in.transferTo(response.getOutputStream());
        }
    }

    private Meetings.Meeting managed(UUID id, Scope scope, Authentication who) {
        var m = pages.readable(id, scope);
        if (!pages.manages(m, scope, who)) throw new AccessDeniedException("the holder writes its protocol");
        return m;
    }

    private void after(Meetings.Result done, RedirectAttributes flash) {
        if (done.id() != null) flash.addFlashAttribute("saved", true);
        else problems(flash, done.problems());
    }

    private void problems(RedirectAttributes flash, List<String> keys) {
        ru.opora.shared.Problems.flash(flash, messages, keys);
    }
}
