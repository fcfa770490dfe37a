package ru.opora.assessments.catalogue;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.opora.shared.XlsxTableWriter;
import ru.opora.shared.importing.ImportReportView;
import ru.opora.shared.importing.StagedUpload;

/** The assessment catalogue for region admins: what is in it, and loading a file. */
@Controller
class CatalogueController {

    static final long MAX_BYTES = CatalogueUpload.MAX_BYTES;

    private final Catalogue catalogue;
    private final CatalogueUpload upload;
    private final MessageSource messages;

    CatalogueController(Catalogue catalogue, CatalogueUpload upload, MessageSource messages) {
        this.catalogue = catalogue;
        this.upload = upload;
        this.messages = messages;
    }

    @GetMapping("/results/catalogue")
    String list(Model model) {
        model.addAttribute("assessments", catalogue.all());
        return "assessments/catalogue";
    }

    @GetMapping("/results/catalogue/template.csv")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"catalogue-template.csv\"");
        response.getOutputStream()
                .write(("\uFEFF" + String.join(";", CatalogueFile.headers()) + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** The whole catalogue in the upload format: download, edit in Excel, load again. */
    @GetMapping("/results/catalogue/catalogue.xlsx")
    void export(HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "catalogue.xlsx", CatalogueFile.table(catalogue.all()));
    }

    @PostMapping("/results/catalogue")
    String load(@RequestParam("file") MultipartFile file, Principal principal, Locale locale, Model model) {
        try (var staged = StagedUpload.of(file)) {
            var report = upload.load(staged.upload(MAX_BYTES), principal.getName());
            model.addAttribute("report", ImportReportView.of(report, messages, locale));
        }
        return list(model);
    }
}
