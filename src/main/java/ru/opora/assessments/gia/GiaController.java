package ru.opora.assessments.gia;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;
import ru.opora.shared.importing.ImportReportView;
import ru.opora.shared.importing.StagedUpload;

/** ОГЭ/ЕГЭ results by school: the table of one exam, year and subject, its export, and the upload. */
@Controller
class GiaController {

    static final long MAX_BYTES = GiaResults.MAX_BYTES;

    private final GiaPages pages;
    private final GiaResults results;
    private final MessageSource messages;

    GiaController(GiaPages pages, GiaResults results, MessageSource messages) {
        this.pages = pages;
        this.results = results;
        this.messages = messages;
    }

    @GetMapping("/results/gia")
    String page(GiaPages.Choice choice, Scope scope, Model model) {
        model.addAttribute("page", pages.page(choice, scope));
        return "assessments/gia";
    }

    @GetMapping("/results/gia/export")
    void export(GiaPages.Choice choice, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "gia.xlsx", pages.export(choice, scope, locale));
    }

    @PostMapping("/results/gia")
    String upload(
            @RequestParam("file") MultipartFile file, Scope scope, Principal principal, Locale locale, Model model) {
        try (var staged = StagedUpload.of(file)) {
            var report = results.importFile(staged.upload(MAX_BYTES), scope, principal.getName());
            model.addAttribute("report", ImportReportView.of(report, messages, locale));
        }
        return page(GiaPages.Choice.NONE, scope, model);
    }
}
