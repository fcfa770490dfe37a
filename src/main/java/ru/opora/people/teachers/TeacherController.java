package ru.opora.people.teachers;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.ImportReportView;
import ru.opora.shared.importing.StagedUpload;

/** {@code /people}: the schools' staff, a school's teachers and classes, the form and the two files. */
@Controller
class TeacherController {

    /** A teachers' file is a few thousand rows at most. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final TeacherPages pages;
    private final TeacherForms forms;
    private final StaffFiles files;
    private final MessageSource messages;
    private final MyClasses mine;
    private final ru.opora.people.courses.CourseCompletions courses;

    TeacherController(
            MyClasses mine,
            TeacherPages pages,
            TeacherForms forms,
            StaffFiles files,
            MessageSource messages,
            ru.opora.people.courses.CourseCompletions courses) {
        this.courses = courses;
        this.mine = mine;
        this.pages = pages;
        this.forms = forms;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/people/mine")
    String mine(Authentication who, Model model) {
        model.addAttribute("page", mine.of(who.getName()));
        return "people/mine";
    }

    @GetMapping("/people")
    String overview(
            Scope scope,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        var own = pages.ownSchool(scope);
        if (own.isPresent()) return "redirect:/people/schools/" + own.get().id();
        var overview = pages.overview(scope);
        model.addAttribute("page", overview);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("slice", TeacherPages.slice(overview.schools(), q, page));
        model.addAttribute("regionWide", scope.isRegionWide());
        return "people/overview";
    }

    @GetMapping("/people/schools/{id}")
    String school(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Authentication who,
            Model model) {
        model.addAttribute("page", pages.school(id, year, scope, who));
        model.addAttribute("accounts", forms.accounts(id, scope));
        return "people/school";
    }

    @GetMapping("/people/export")
    void overviewExport(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "staff.xlsx", pages.overviewTable(scope, locale));
    }

    @GetMapping("/people/schools/{id}/export")
    void export(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "teachers") String table,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Authentication who,
            HttpServletResponse response)
            throws IOException {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        XlsxTableWriter.download(response, table + ".xlsx", pages.table(id, table, year, scope, who, locale));
    }

    @GetMapping("/people/mine/export")
    void mineExport(Authentication who, Locale locale, HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "classes.xlsx", mine.table(who.getName(), locale));
    }

    @PostMapping("/people/schools/{id}/teachers")
    String save(
            @PathVariable UUID id,
            @ModelAttribute TeacherForms.Form form,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes flash) {
        var problems = forms.save(id, form, scope, who.getName(), locale);
        if (problems.isEmpty()) flash.addFlashAttribute("saved", form.fullName());
        else {
            flash.addFlashAttribute("problems", problems);
            flash.addFlashAttribute("form", form);
        }
        return "redirect:/people/schools/" + id;
    }

    @PostMapping("/people/schools/{id}/courses")
    String course(
            @PathVariable UUID id,
            @ModelAttribute ru.opora.people.courses.CourseCompletions.Form form,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes flash) {
        var school = pages.schoolRef(id, scope);
        var problems = courses.save(school, form, who.getName());
        if (problems.isEmpty()) flash.addFlashAttribute("courseSaved", true);
        else
            flash.addFlashAttribute(
                    "problems",
                    problems.stream()
                            .map(k -> messages.getMessage(k, null, locale))
                            .toList());
        return "redirect:/people/schools/" + id + "#courses-section";
    }

    /** A file as the form sends it, and the school page to go back to. */
    record Upload(MultipartFile file, @Nullable UUID back) {}

    @PostMapping("/people/import/{what}")
    String load(
            @PathVariable String what,
            @ModelAttribute Upload sent,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes flash) {
        var file = sent.file();
        var back = sent.back();
        try (var staged = StagedUpload.of(file)) {
            var upload = staged.upload(MAX_BYTES);
            var report = files.load(what, upload, scope, who.getName());
            flash.addFlashAttribute("report", ImportReportView.of(report, messages, locale));
        }
        return back == null ? "redirect:/people" : "redirect:/people/schools/" + back;
    }

    @GetMapping("/people/{what}-template.csv")
    void template(@PathVariable String what, HttpServletResponse response) throws IOException {
        List<Column> columns = StaffFiles.columns(what);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + what + "-template.csv\"");
        String headers = String.join(";", columns.stream().map(Column::header).toList());
        response.getOutputStream().write(("\uFEFF" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
