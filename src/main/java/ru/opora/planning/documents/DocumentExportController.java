package ru.opora.planning.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/** Every document to DOCX (the official layout) and to XLSX (one row per section, task, measure and indicator). */
@Controller
class DocumentExportController {

    private final DocumentAccess access;
    private final PlanningSettings settings;
    private final DocxExport docx;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    DocumentExportController(
            DocumentAccess access,
            PlanningSettings settings,
            DocxExport docx,
            OrgUnits orgUnits,
            MessageSource messages) {
        this.access = access;
        this.settings = settings;
        this.docx = docx;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    @GetMapping("/planning/documents/{id}.docx")
    void docx(@PathVariable UUID id, Scope scope, Authentication who, Locale locale, HttpServletResponse response)
            throws IOException {
        var doc = access.readable(id, scope, who);
        String school = orgUnits.find(doc.schoolId())
                .map(s -> s.code() + " " + s.name())
                .orElse("");
        response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(fileName(doc, locale) + ".docx", java.nio.charset.StandardCharsets.UTF_8)
                        .build()
                        .toString());
        docx.write(doc, school, settings.template(doc.type()), locale, response.getOutputStream());
    }

    @GetMapping("/planning/documents/{id}.xlsx")
    void xlsx(@PathVariable UUID id, Scope scope, Authentication who, Locale locale, HttpServletResponse response)
            throws IOException {
        var doc = access.readable(id, scope, who);
        var c = doc.content();
        var rows = new ArrayList<List<?>>();
        for (String s : settings.template(doc.type()).sections())
            rows.add(List.of(msg("planning.section." + s, locale), "", c.section(s), "", "", "", "", "", "", ""));
        int n = 0;
        for (Content.Task t : c.tasks())
            rows.add(List.of(msg("planning.column.task", locale), ++n, t.text(), "", "", "", "", "", "", ""));
        n = 0;
        for (Content.Measure m : c.measures())
            rows.add(List.of(
                    msg("planning.column.title", locale),
                    ++n,
                    m.title(),
                    m.start() == null ? "" : m.start().toString(),
                    m.due() == null ? "" : m.due().toString(),
                    m.responsible(),
                    m.participants(),
                    m.expectedResult(),
                    m.evidenceForm(),
                    ""));
        for (Content.Target t : c.indicators())
            rows.add(List.of(
                    msg("planning.column.indicator", locale),
                    "",
                    t.name(),
                    "",
                    "",
                    t.unit(),
                    "",
                    "",
                    t.baseline() == null ? "" : t.baseline(),
                    t.target() == null ? "" : t.target()));
        var headers = List.of(
                msg("planning.xlsx.part", locale),
                "№",
                msg("planning.xlsx.text", locale),
                msg("planning.column.start", locale),
                msg("planning.column.due", locale),
                msg("planning.column.responsible", locale),
                msg("planning.column.participants", locale),
                msg("planning.column.result", locale),
                msg("planning.column.baseline", locale),
                msg("planning.column.target", locale));
        XlsxTableWriter.download(response, fileName(doc, locale) + ".xlsx", new Table(doc.title(), headers, rows));
    }

    private String fileName(Document doc, Locale locale) {
        return msg("planning.type." + doc.type(), locale) + " " + doc.year();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
