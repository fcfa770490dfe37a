package ru.opora.orgunits.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.Principal;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.jobs.ImportLauncher;

/**
 * Municipalities and the school register from files, through the API: each upload becomes a
 * background job, answered at once with 202 and the job's address; the job ends with the same
 * report the pages show. {@code dryRun=true} only checks the file.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Загрузки", description = "Загрузка файлов фоновыми заданиями; состояние — GET /api/v1/jobs/{id}")
class RegisterImportApi {

    private final MunicipalityImport municipalities;
    private final RegisterImport register;
    private final ImportLauncher launcher;

    RegisterImportApi(MunicipalityImport municipalities, RegisterImport register, ImportLauncher launcher) {
        this.municipalities = municipalities;
        this.register = register;
        this.launcher = launcher;
    }

    @PostMapping(path = "/municipalities", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Муниципалитеты из CSV/XLSX (код, наименование, ОКТМО, орган управления): всё или ничего")
    ResponseEntity<ImportLauncher.Started> municipalities(
            @RequestParam("file") MultipartFile file,
            @Parameter(description = "true — только проверить файл") @RequestParam(defaultValue = "false")
                    boolean dryRun,
            Scope scope,
            Principal principal,
            Locale locale) {
        var launch = new ImportLauncher.Launch(
                "municipalities",
                principal.getName(),
                scope.regionId(),
                file,
                MunicipalitiesController.MAX_BYTES,
                locale);
        return launcher.start(launch, upload -> municipalities.importFile(upload, scope, principal.getName(), dryRun));
    }

    @PostMapping(path = "/register", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Реестр школ из CSV/XLSX: всё или ничего; новые муниципалитеты — по коду и наименованию")
    ResponseEntity<ImportLauncher.Started> register(
            @RequestParam("file") MultipartFile file,
            @Parameter(description = "true — только проверить файл") @RequestParam(defaultValue = "false")
                    boolean dryRun,
            Scope scope,
            Principal principal,
            Locale locale) {
        var launch = new ImportLauncher.Launch(
                "register", principal.getName(), scope.regionId(), file, register.maxBytes(), locale);
        return launcher.start(launch, upload -> registerFile(upload, scope, principal.getName(), dryRun));
    }

    private ImportReport registerFile(TabularImport.Upload upload, Scope scope, String actor, boolean dryRun) {
        try {
            long size = Files.size(upload.file());
            if (size > register.maxBytes()) return register.tooLarge(upload.fileName(), size);
            return register.importNow(upload.fileName(), Files.readAllBytes(upload.file()), scope, actor, dryRun);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
