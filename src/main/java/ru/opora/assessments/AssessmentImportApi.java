package ru.opora.assessments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.opora.assessments.catalogue.CatalogueUpload;
import ru.opora.assessments.gia.GiaResults;
import ru.opora.assessments.results.ResultImport;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.ImportReportView;
import ru.opora.shared.jobs.BackgroundJobs;
import ru.opora.shared.jobs.ImportLauncher;

/**
 * The catalogue, participant-level results and ОГЭ/ЕГЭ from files, through the API, as background
 * jobs (202 and the job's address); the roles are those of the upload pages.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Загрузки")
class AssessmentImportApi {

    /**
     * A results upload: the file, the catalogue's assessment (id from {@code GET /api/v1/catalogue}),
     * the school for rows without a «Код ОО» column, and whether only to check the file.
     */
    record ResultsUpload(
            MultipartFile file,
            UUID assessment,
            @Nullable UUID school,
            @Nullable Boolean dryRun) {

        boolean checkOnly() {
            return Boolean.TRUE.equals(dryRun);
        }
    }

    /** A results job's answer: the report, and the works, absences and schools it read. */
    record ResultsLoaded(ImportReportView report, int works, int absent, int schools) {}

    private final CatalogueUpload catalogue;
    private final ResultImport results;
    private final GiaResults gia;
    private final ImportLauncher launcher;

    AssessmentImportApi(CatalogueUpload catalogue, ResultImport results, GiaResults gia, ImportLauncher launcher) {
        this.catalogue = catalogue;
        this.results = results;
        this.gia = gia;
        this.launcher = launcher;
    }

    @PostMapping(path = "/catalogue", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Каталог работ (CSV/XLSX): работы, задания, шкала отметок; всё или ничего")
    ResponseEntity<ImportLauncher.Started> catalogue(
            @RequestParam("file") MultipartFile file, Scope scope, Principal principal, Locale locale) {
        var launch = new ImportLauncher.Launch(
                "catalogue", principal.getName(), scope.regionId(), file, CatalogueUpload.MAX_BYTES, locale);
        return launcher.start(launch, upload -> catalogue.load(upload, principal.getName()));
    }

    @PostMapping(path = "/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Результаты работы по участникам и заданиям (CSV/XLSX); результаты школ файла заменяются")
    ResponseEntity<ImportLauncher.Started> results(
            @ModelAttribute ResultsUpload form, Scope scope, Principal principal, Locale locale) {
        var launch = new ImportLauncher.Launch(
                "results", principal.getName(), scope.regionId(), form.file(), ResultImport.MAX_BYTES, locale);
        return launcher.startWith(launch, (upload, progress) -> {
            var request = new ResultImport.Request(
                    form.assessment(),
                    upload.fileName(),
                    upload.file(),
                    scope,
                    form.school(),
                    principal.getName(),
                    form.checkOnly());
            var outcome = results.importFile(request, progress::at);
            var body = new ResultsLoaded(
                    launcher.view(outcome.report(), locale), outcome.works(), outcome.absent(), outcome.schools());
            return new BackgroundJobs.Result(outcome.ok(), body);
        });
    }

    @PostMapping(path = "/gia", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Результаты ОГЭ и ЕГЭ по школам и предметам (CSV/XLSX); всё или ничего")
    ResponseEntity<ImportLauncher.Started> gia(
            @RequestParam("file") MultipartFile file, Scope scope, Principal principal, Locale locale) {
        var launch = new ImportLauncher.Launch(
                "gia", principal.getName(), scope.regionId(), file, GiaResults.MAX_BYTES, locale);
        return launcher.start(launch, upload -> gia.importFile(upload, scope, principal.getName()));
    }
}
