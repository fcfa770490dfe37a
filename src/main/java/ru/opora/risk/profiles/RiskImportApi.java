package ru.opora.risk.profiles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.QuestionnaireKind;
import ru.opora.shared.importing.ImportReportView;
import ru.opora.shared.jobs.BackgroundJobs;
import ru.opora.shared.jobs.ImportLauncher;

/**
 * Questionnaire data and ready-made risk levels through the API, as background jobs; a loaded file
 * recomputes the cohort's risk profiles, and the job's answer says how many changed.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Загрузки")
class RiskImportApi {

    /**
     * A questionnaire upload: the file, respondents' answers ({@code responses=true}) or the schools'
     * aggregates, and the year (the current one by default).
     */
    record QuestionnaireUpload(
            MultipartFile file,
            @Nullable Boolean responses,
            @Nullable Integer year) {

        boolean ofRespondents() {
            return Boolean.TRUE.equals(responses);
        }
    }

    /** The job's answer: the report, the cohort year and the profiles recomputed. */
    record RiskLoaded(ImportReportView report, int year, int changedProfiles) {}

    private final RiskDataLoads loads;
    private final ImportLauncher launcher;

    RiskImportApi(RiskDataLoads loads, ImportLauncher launcher) {
        this.loads = loads;
        this.launcher = launcher;
    }

    @PostMapping(path = "/questionnaires/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Данные анкетирования (DIRECTOR, TEACHER, STUDENT, PARENT): сводные по школам или ответы")
    ResponseEntity<ImportLauncher.Started> questionnaire(
            @PathVariable QuestionnaireKind kind,
            @ModelAttribute QuestionnaireUpload form,
            Scope scope,
            Principal principal,
            Locale locale) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region loads these");
        var launch = new ImportLauncher.Launch(
                "questionnaire",
                principal.getName(),
                scope.regionId(),
                form.file(),
                RiskUploadController.MAX_BYTES,
                locale);
        return launcher.startWith(
                launch,
                (upload, progress) -> answer(
                        loads.questionnaire(
                                kind, form.ofRespondents(), upload, scope, form.year(), principal.getName()),
                        locale));
    }

    @PostMapping(path = "/risk-levels", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Готовые уровни рисков (ФИС ОКО) по школам и факторам")
    ResponseEntity<ImportLauncher.Started> levels(
            @RequestParam("file") MultipartFile file,
            @Parameter(description = "Год; по умолчанию текущий") @RequestParam(required = false) @Nullable
                    Integer year,
            Scope scope,
            Principal principal,
            Locale locale) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region loads these");
        var launch = new ImportLauncher.Launch(
                "risk-levels", principal.getName(), scope.regionId(), file, RiskUploadController.MAX_BYTES, locale);
        return launcher.startWith(
                launch, (upload, progress) -> answer(loads.levels(upload, scope, year, principal.getName()), locale));
    }

    private BackgroundJobs.Result answer(RiskDataLoads.Loaded loaded, Locale locale) {
        var body = new RiskLoaded(launcher.view(loaded.report(), locale), loaded.year(), loaded.changedProfiles());
        return new BackgroundJobs.Result(loaded.report().ok(), body);
    }
}
