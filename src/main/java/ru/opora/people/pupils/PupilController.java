package ru.opora.people.pupils;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;
import ru.opora.shared.XlsxTableWriter;

/**
 * {@code /pupils}: the scope's schools in counts of pupils at risk; {@code /pupils/schools/{id}}: a
 * school's suggestions with their basis, its decisions and names; {@code /pupils/settings}: the
 * region's rules.
 */
@Controller
class PupilController {

    /** A decision as the form sends it: which suggestion, confirm or decline, and why. */
    record Decision(
            int year,
            String code,
            String category,
            String sourceKey,
            String decision,
            @Nullable String reason) {}

    private final PupilPages pages;
    private final PupilPages.Parts parts;
    private final MessageSource messages;

    PupilController(PupilPages pages, PupilPages.Parts parts, MessageSource messages) {
        this.pages = pages;
        this.parts = parts;
        this.messages = messages;
    }

    @GetMapping("/pupils")
    String overview(
            Scope scope,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        var paths = scope.sortedPaths();
        if (paths.size() == 1 && paths.getFirst().kind() == OrgUnitKind.SCHOOL)
            return "redirect:/pupils/schools/" + paths.getFirst().unitId();
        var overview = pages.overview(scope);
        model.addAttribute("page", overview);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("slice", PupilPages.slice(overview.schools(), q, page));
        return "pupils/overview";
    }

    @GetMapping("/pupils/export")
    void overviewExport(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "pupils.xlsx", pages.overviewTable(scope, locale));
    }

    /** The routes' progress per municipality of the region (the overview's second table). */
    @GetMapping("/pupils/export/areas")
    void areasExport(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "routes-by-municipality.xlsx", pages.areasTable(scope, locale));
    }

    @GetMapping("/pupils/schools/{id}")
    String school(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Authentication who,
            Model model) {
        model.addAttribute("page", pages.school(id, year, scope, who));
        return "pupils/school";
    }

    @GetMapping("/pupils/schools/{id}/export")
    void schoolExport(
            @PathVariable UUID id, Scope scope, Authentication who, Locale locale, HttpServletResponse response)
            throws IOException {
        XlsxTableWriter.download(
                response, "pupils.xlsx", pages.schoolTable(pages.school(id, null, scope, who), locale));
    }

    @PostMapping("/pupils/schools/{id}/decisions")
    String decide(
            @PathVariable UUID id,
            @ModelAttribute Decision d,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes flash) {
        var school = pages.school(id, scope);
        var suggestion = pages.suggestion(school, d.year(), d.code(), d.category(), d.sourceKey())
                .orElseThrow(NotFound::new);
        int version = parts.rules().current(school.path().regionId()).number();
        var problems = parts.pupils()
                .decide(school, suggestion, "confirm".equals(d.decision()), d.reason(), version, who.getName());
        after(problems, flash, locale);
        return "redirect:/pupils/schools/" + id + "?year=" + d.year();
    }

    /** A pupil the school includes itself, as the form sends it. */
    record Entry(
            @Nullable String code,
            @Nullable String classLabel,
            @Nullable String category,
            @Nullable String basis) {}

    @PostMapping("/pupils/schools/{id}/entries")
    String enter(
            @PathVariable UUID id,
            @ModelAttribute Entry e,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes flash) {
        var school = pages.school(id, scope);
        AtRiskSuggestions.Category category = null;
        for (var c : AtRiskSuggestions.Category.values()) if (c.name().equals(e.category())) category = c;
        int version = parts.rules().current(school.path().regionId()).number();
        var problems = parts.pupils()
                .enter(
                        school,
                        new AtRiskPupils.Entered(e.code(), e.classLabel(), category, e.basis()),
                        version,
                        who.getName());
        after(problems, flash, locale);
        return "redirect:/pupils/schools/" + id + "#decided";
    }

    @PostMapping("/pupils/schools/{id}/names/{entry}")
    String name(
            @PathVariable UUID id,
            @PathVariable UUID entry,
            @RequestParam(required = false) @Nullable String name,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        parts.pupils().name(pages.school(id, scope), entry, name, who.getName());
        flash.addFlashAttribute("saved", true);
        return "redirect:/pupils/schools/" + id + "#decided";
    }

    /** A file as the form sends it, and the school page to go back to. */
    record Upload(
            org.springframework.web.multipart.MultipartFile file,
            @Nullable UUID back) {}

    @PostMapping("/pupils/import/{what}")
    String load(
            @PathVariable String what,
            @ModelAttribute Upload sent,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes flash) {
        if (!PupilFiles.KINDS.contains(what)) throw new NotFound();
        try (var staged = ru.opora.shared.importing.StagedUpload.of(sent.file())) {
            var report = parts.files().load(what, staged.upload(MAX_BYTES), scope, who.getName());
            flash.addFlashAttribute("report", ru.opora.shared.importing.ImportReportView.of(report, messages, locale));
        }
        return sent.back() == null ? "redirect:/pupils" : "redirect:/pupils/schools/" + sent.back();
    }

    static final long MAX_BYTES = 20L * 1024 * 1024;

    @GetMapping("/pupils/files/{what}-template.csv")
    void template(@PathVariable String what, HttpServletResponse response) throws IOException {
        var columns = PupilFiles.columns(what).stream()
                .filter(c -> c != PupilFiles.NAME)
                .toList();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + what + "-template.csv\"");
        String headers = String.join(
                ";",
                columns.stream().map(ru.opora.shared.importing.Column::header).toList());
        response.getOutputStream()
                .write(("\uFEFF" + headers + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/pupils/settings")
    String settings(Scope scope, Model model) {
        if (!scope.isRegionWide()) throw new NotFound();
        model.addAttribute("rules", parts.rules().current(scope.regionId()));
        return "pupils/settings";
    }

    /** The rules as the settings form sends them. */
    record RulesForm(
            @Nullable Boolean vprMark2,
            @Nullable Integer vprShareBelow,
            @Nullable Boolean ovzFromResults,
            @Nullable Integer absentShare,
            @Nullable Boolean journalMark2,
            @Nullable String reason) {}

    @PostMapping("/pupils/settings")
    String saveSettings(
            @ModelAttribute RulesForm f, Scope scope, Authentication who, Locale locale, RedirectAttributes flash) {
        if (!scope.isRegionWide()) throw new NotFound();
        var problems = parts.rules()
                .save(
                        scope.region(),
                        new AtRiskRules.Rules(
                                Boolean.TRUE.equals(f.vprMark2()),
                                f.vprShareBelow() == null ? 0 : f.vprShareBelow(),
                                Boolean.TRUE.equals(f.ovzFromResults()),
                                f.absentShare() == null ? 0 : f.absentShare(),
                                Boolean.TRUE.equals(f.journalMark2())),
                        f.reason(),
                        who.getName());
        after(problems, flash, locale);
        return "redirect:/pupils/settings";
    }

    /** «Saved», or the problems in words, for the page the redirect goes to. */
    private void after(java.util.List<String> problems, RedirectAttributes flash, Locale locale) {
        if (problems.isEmpty()) flash.addFlashAttribute("saved", true);
        else
            flash.addFlashAttribute(
                    "problems",
                    problems.stream()
                            .map(k -> messages.getMessage(k, null, locale))
                            .toList());
    }
}
