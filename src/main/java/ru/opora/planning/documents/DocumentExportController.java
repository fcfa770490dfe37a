package ru.opora.planning.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
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
        exports.download(exports.readable(id, scope, who), locale, response);
    }

    @GetMapping("/planning/documents/{id}.xlsx")
    void xlsx(@PathVariable UUID id, Scope scope, Authentication who, Locale locale, HttpServletResponse response)
            throws IOException {
        var doc = exports.readable(id, scope, who);
        XlsxTableWriter.download(response, exports.fileName(doc, locale) + ".xlsx", exports.table(doc, locale));
    }
}
