package ru.opora.orgunits.register;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.ImportReportView;
import ru.opora.shared.importing.UploadedName;

/**
 * Register import in two steps: upload gives a dry run (what would be added, updated, or what is
 * wrong, row by row); the commit applies the same file, all of it or nothing.
 */
@Controller
class RegisterImportController {

    private final RegisterImport imports;
    private final MessageSource messages;

    RegisterImportController(RegisterImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/register/import")
    String form(Model model) {
        model.addAttribute("maxMegabytes", imports.maxBytes() / 1024 / 1024);
        return "orgunits/import";
    }

    @GetMapping("/register/import/template.xlsx")
    void templateXlsx(HttpServletResponse response) throws IOException {
        response.setContentType(XlsxTableWriter.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"register-template.xlsx\"");
        RegisterTemplate.writeXlsx(response.getOutputStream());
    }

    @GetMapping("/register/import/template.csv")
    void templateCsv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"register-template.csv\"");
        response.getOutputStream().write(RegisterTemplate.csv());
    }

    @PostMapping("/register/import")
    String upload(
            @RequestParam("file") MultipartFile file, Scope scope, Principal principal, Locale locale, Model model)
            throws IOException {
        String name = UploadedName.of(file.getOriginalFilename());
        if (file.getSize() > imports.maxBytes())
            return show(imports.tooLarge(name, file.getSize()), null, locale, model);
        UUID staged = imports.stage(name, file.getBytes(), principal.getName());
        return show(imports.dryRun(staged, scope, principal.getName()), staged, locale, model);
    }

    @PostMapping("/register/import/{uploadId}/commit")
    String commit(@PathVariable UUID uploadId, Scope scope, Principal principal, Locale locale, Model model) {
        try {
            return show(imports.commit(uploadId, scope, principal.getName()), null, locale, model);
        } catch (RegisterImport.UploadNotFound e) {
            model.addAttribute("uploadGone", true);
            return form(model);
        }
    }

    /** The report page; a clean dry run offers the commit of the staged upload. */
    private String show(ImportReport report, @Nullable UUID staged, Locale locale, Model model) {
        model.addAttribute("report", ImportReportView.of(report, messages, locale));
        model.addAttribute("uploadId", report.ok() && !report.committed() ? staged : null);
        model.addAttribute("maxMegabytes", imports.maxBytes() / 1024 / 1024);
        return "orgunits/import";
    }
}
