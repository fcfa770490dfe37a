package ru.opora.identification.facts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.orgunits.Scope;
import ru.opora.shared.jobs.ImportLauncher;

/** The region's files of recorded facts through the API, as background jobs; the region loads them. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Загрузки")
class FactImportApi {

    private final FactImports imports;
    private final ImportLauncher launcher;

    FactImportApi(FactImports imports, ImportLauncher launcher) {
        this.imports = imports;
        this.launcher = launcher;
    }

    @PostMapping(
            path = "/{kind:social-index|observers|rechecks|federal-list}",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Индекс социального контекста, записи наблюдателей, перепроверка работ или федеральный список"
                    + " (CSV/XLSX); всё или ничего; только для региона")
    ResponseEntity<ImportLauncher.Started> load(
            @Parameter(description = "social-index, observers, rechecks или federal-list") @PathVariable String kind,
            @RequestParam("file") MultipartFile file,
            Scope scope,
            Principal principal,
            Locale locale) {
        var k = FactKind.ofApiName(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region loads these");
        var launch = new ImportLauncher.Launch(
                k.apiName(), principal.getName(), scope.regionId(), file, FactsController.MAX_BYTES, locale);
        return launcher.start(launch, upload -> imports.load(k, upload, scope, principal.getName()));
    }
}
