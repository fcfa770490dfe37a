package ru.opora.orgunits.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.ImportReportView;
import ru.opora.shared.importing.UploadedName;

/** The register through {@code /api/v1}, under exactly the role and scope rules of the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Реестр ОО", description = "Муниципалитеты и школы в пределах области видимости учётной записи")
class RegisterApi {

    private final SchoolQueries queries;
    private final Schools schools;
    private final RegisterImport imports;
    private final MessageSource messages;

    RegisterApi(SchoolQueries queries, Schools schools, RegisterImport imports, MessageSource messages) {
        this.queries = queries;
        this.schools = schools;
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/municipalities")
    @Operation(summary = "Муниципалитеты с итогами по их школам")
    List<SchoolQueries.MunicipalityLine> municipalities(Scope scope) {
        return queries.municipalities(scope);
    }

    @GetMapping("/schools")
    @Operation(summary = "Страница списка школ (50 строк) с фильтрами как на странице «Школы»")
    SchoolQueries.SchoolPage schools(SchoolFilter filter, Scope scope) {
        return queries.page(filter, scope);
    }

    @GetMapping("/schools/{id}")
    @Operation(summary = "Карточка школы")
    SchoolQueries.SchoolLine school(@PathVariable UUID id, Scope scope) {
        var located = schools.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!scope.permits(located.path())) throw new AccessDeniedException("school outside the scope");
        return queries.line(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping(path = "/register/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Загрузка реестра (CSV/XLSX): dryRun=true только проверяет; иначе всё или ничего")
    ResponseEntity<ImportReportView> importRegister(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun,
            Scope scope,
            Principal principal,
            Locale locale)
            throws IOException {
        String name = UploadedName.of(file.getOriginalFilename());
        ImportReport report = file.getSize() > imports.maxBytes()
                ? imports.tooLarge(name, file.getSize())
                : imports.importNow(name, file.getBytes(), scope, principal.getName(), dryRun);
        var view = ImportReportView.of(report, messages, locale);
        return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(view);
    }
}
