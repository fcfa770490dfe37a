package ru.opora.assessments.results;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;
import ru.opora.shared.importing.ImportReportView;
import ru.opora.shared.importing.UploadedName;

/**
 * The upload of participant-level results: «Проверить» runs the checks and changes nothing,
 * «Загрузить» checks again and replaces the schools' earlier results. Both run in the background
 * ({@link ImportJobs}); the page shows how much of the file is read, then the report. An unknown task column can
 * be mapped to a task from the report; the mapping is kept for the assessment's later files.
 */
@Controller
class ResultUploadController {

    /** The upload form: the assessment, an optional school, the file, and whether to check or load. */
    record UploadForm(
            UUID assessment,
            @Nullable UUID school,
            MultipartFile file,
            @Nullable String action) {}

    private final ImportJobs jobs;
    private final ColumnMappings mappings;
    private final Catalogue catalogue;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    ResultUploadController(
            ImportJobs jobs, ColumnMappings mappings, Catalogue catalogue, OrgUnits orgUnits, MessageSource messages) {
        this.jobs = jobs;
        this.mappings = mappings;
        this.catalogue = catalogue;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    @GetMapping("/results/import")
    String form(Scope scope, Model model) {
        model.addAttribute(
                "assessments",
                catalogue.all().stream().filter(a -> !a.tasks().isEmpty()).toList());
        model.addAttribute("schools", orgUnits.inScope(OrgUnitKind.SCHOOL, scope));
        // a mapping binds every later file of the region: only its administrators set one
        model.addAttribute("regionWide", scope.isRegionWide());
        model.addAttribute("maxMegabytes", ResultImport.MAX_BYTES / 1024 / 1024);
        return "assessments/import";
    }

    /** Starts the import in the background and sends the browser to the job's page (post, redirect, get). */
    @PostMapping("/results/import")
    String upload(UploadForm upload, Scope scope, Principal principal) throws IOException {
        MultipartFile file = upload.file();
        Path temp = Files.createTempFile("opora-results-", ".upload");
        try {
            file.transferTo(temp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        String name = UploadedName.of(file.getOriginalFilename());
        var job = jobs.start(
                principal.getName(),
                new ResultImport.Request(
                        upload.assessment(),
                        name,
                        temp,
                        scope,
                        upload.school(),
                        principal.getName(),
                        !"load".equals(upload.action())));
        return "redirect:/results/import/jobs/" + job.id;
    }

    /** The job's page: its progress while it runs (polled by htmx), then its report under the form. */
    @GetMapping("/results/import/jobs/{id}")
    String job(@PathVariable UUID id, Scope scope, Principal principal, Locale locale, Model model) {
        var job = jobs.find(id, principal.getName()).orElseThrow(NotFound::new);
        job.awaitBriefly(java.time.Duration.ofSeconds(3));
        model.addAttribute("job", job);
        model.addAttribute("chosen", catalogue.find(job.request.assessmentId()).orElseThrow(NotFound::new));
        model.addAttribute("school", job.request.defaultSchool());
        var outcome = job.outcome();
        if (outcome != null) {
            model.addAttribute("outcome", outcome);
            model.addAttribute("report", ImportReportView.of(outcome.report(), messages, locale));
        }
        return form(scope, model);
    }

    /** The progress bar alone, for htmx to poll; once the job ends, the whole page is reloaded to show the report. */
    @GetMapping("/results/import/jobs/{id}/progress")
    String progress(@PathVariable UUID id, Principal principal, Model model, HttpServletResponse response) {
        var job = jobs.find(id, principal.getName()).orElseThrow(NotFound::new);
        if (!job.running()) response.setHeader("HX-Refresh", "true");
        model.addAttribute("job", job);
        return "assessments/import :: progress";
    }

    @PostMapping("/results/import/mapping")
    String map(
            @RequestParam UUID assessment,
            @RequestParam String header,
            @RequestParam String task,
            Scope scope,
            Principal principal,
            RedirectAttributes flash) {
        var a = catalogue.find(assessment).orElseThrow(NotFound::new);
        if (a.task(task).isPresent()) {
            mappings.save(assessment, scope, header, task, principal.getName());
            flash.addFlashAttribute("mapped", header + " → " + task);
        }
        return "redirect:/results/import";
    }
}
