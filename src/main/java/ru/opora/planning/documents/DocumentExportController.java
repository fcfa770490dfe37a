package ru.opora.planning.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/** Every document to DOCX (the official layout) and to XLSX (one row per section, task, measure and indicator). */
@Controller
class DocumentExportController {

    private final DocumentExports exports;

    DocumentExportController(DocumentExports exports) {
        this.exports = exports;
    }

    @GetMapping("/planning/documents/{id}.docx")
    void docx(@PathVariable UUID id, Scope scope, Authentication who, Locale locale, HttpServletResponse response)
            throws IOException {
        var doc = exports.readable(id, scope, who);
        response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(exports.fileName(doc, locale) + ".docx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        exports.docx(doc, locale, response.getOutputStream());
    }

    @GetMapping("/planning/documents/{id}.xlsx")
    void xlsx(@PathVariable UUID id, Scope scope, Authentication who, Locale locale, HttpServletResponse response)
            throws IOException {
        var doc = exports.readable(id, scope, who);
        XlsxTableWriter.download(response, exports.fileName(doc, locale) + ".xlsx", exports.table(doc, locale));
    }
}
