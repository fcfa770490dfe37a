package ru.opora.risk.profiles;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.Factor;
import ru.opora.risk.engine.QuestionnaireKind;

/**
 * The region's uploads: a questionnaire's aggregates or raw responses, and ready-made levels. Each
 * is all or nothing; a loaded file recomputes the cohort's profiles.
 */
@Controller
class RiskUploadController {

    private final CohortYears cohorts;
    private final RiskImports imports;
    private final Questionnaires questionnaires;
    private final Catalogues catalogues;
    private final Profiles profiles;
    private final MessageSource messages;

    RiskUploadController(
            CohortYears cohorts,
            RiskImports imports,
            Questionnaires questionnaires,
            Catalogues catalogues,
            Profiles profiles,
            MessageSource messages) {
        this.cohorts = cohorts;
        this.imports = imports;
        this.questionnaires = questionnaires;
        this.catalogues = catalogues;
        this.profiles = profiles;
        this.messages = messages;
    }

    /** What is uploaded, from the path and the form: the questionnaire, aggregates or responses, the cohort. */
    record Target(
            QuestionnaireKind kind, String what, @Nullable Integer year) {}

    @PostMapping("/risk/questionnaires/{kind}/{what}")
    String upload(
            @org.springframework.web.bind.annotation.ModelAttribute Target target,
            @RequestParam("file") MultipartFile file,
            Scope scope,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        var cohort = regionCohort(scope, target.year());
        var kind = target.kind();
        var what = target.what();
        var q = questionnaires.of(cohort.regionId(), cohort.year(), kind);
        var outcome = load(
                file,
                (name, path) -> "responses".equals(what)
                        ? imports.responses(name, path, scope, cohort.year(), q, principal.getName())
                        : imports.aggregates(name, path, scope, cohort.year(), q, principal.getName()));
        report(outcome, file, cohort, locale, redirect);
        return "redirect:/risk/questionnaires?year=" + cohort.year();
    }

    @PostMapping("/risk/levels")
    String levels(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        var cohort = regionCohort(scope, year);
        var codes = catalogues.current(cohort.regionId(), cohort.year()).catalogue().factors().stream()
                .map(Factor::code)
                .toList();
        var outcome = load(
                file, (name, path) -> imports.levels(name, path, scope, cohort.year(), codes, principal.getName()));
        report(outcome, file, cohort, locale, redirect);
        return "redirect:/risk/questionnaires?year=" + cohort.year();
    }

    @GetMapping("/risk/levels-template.csv")
    void levelsTemplate(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"risk-levels-template.csv\"");
        response.getOutputStream()
                .write(("\uFEFF" + String.join(";", RiskImports.LEVELS) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private interface Loader {
        RiskImports.Outcome load(String name, Path path);
    }

    private static RiskImports.Outcome load(MultipartFile file, Loader loader) throws IOException {
        Path temp = Files.createTempFile("opora-risk-", ".upload");
        try {
            file.transferTo(temp);
            return loader.load(fileName(file), temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void report(
            RiskImports.Outcome outcome,
            MultipartFile file,
            Cohort cohort,
            Locale locale,
            RedirectAttributes redirect) {
        String name = fileName(file);
        if (outcome.problems().isEmpty()) {
            int changed = profiles.recompute(cohort, "import");
            redirect.addFlashAttribute(
                    "loaded",
                    messages.getMessage(
                            "risk.upload.loaded",
                            new Object[] {name, outcome.rows(), outcome.schools(), changed},
                            locale));
        } else {
            redirect.addFlashAttribute(
                    "uploadProblems",
                    outcome.problems().stream()
                            .map(p -> messages.getMessage(p.messageKey(), p.messageArgs(name), locale))
                            .toList());
        }
    }

    private static String fileName(MultipartFile file) {
        String original = file.getOriginalFilename();
        return original == null || original.isBlank()
                ? "file"
                : Path.of(original.replace('\\', '/')).getFileName().toString();
    }

    private Cohort regionCohort(Scope scope, @Nullable Integer year) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region loads these");
        return cohorts.of(scope, year);
    }
}
