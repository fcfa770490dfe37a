package ru.opora.planning.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Table;

/**
 * A document as a file: DOCX in the official layout, XLSX with one row per section, task, measure
 * and indicator. Both are named after the document's type and year.
 */
@Component
class DocumentExports {

    private final DocumentAccess access;
    private final PlanningSettings settings;
    private final DocxExport docx;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    DocumentExports(
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

    Document readable(UUID id, Scope scope, Authentication who) {
        return access.readable(id, scope, who);
    }

    /** «Программа развития 2026»: the file name without its extension. */
    String fileName(Document doc, Locale locale) {
        return msg("planning.type." + doc.type(), locale) + " " + doc.year();
    }

    /** The document as a DOCX download, named for the school and the document. */
    void download(Document doc, Locale locale, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.setHeader(
                "Content-Disposition",
                org.springframework.http.ContentDisposition.attachment()
                        .filename(fileName(doc, locale) + ".docx", java.nio.charset.StandardCharsets.UTF_8)
                        .build()
                        .toString());
        docx(doc, locale, response.getOutputStream());
    }

    void docx(Document doc, Locale locale, OutputStream out) throws IOException {
        String school = orgUnits.find(doc.schoolId())
                .map(s -> s.code() + " " + s.name())
                .orElse("");
        docx.write(doc, school, settings.template(doc.type()), locale, out);
    }

    /** Every section, task, measure and indicator of the document, one row each, under the columns of a measure. */
    Table table(Document doc, Locale locale) {
        var rows = new ArrayList<List<?>>();
        textRows(doc, locale, rows);
        measureRows(doc.content(), locale, rows);
        var headers = List.of(
                msg("planning.xlsx.part", locale),
                "№",
                msg("planning.xlsx.text", locale),
                msg("planning.column.start", locale),
                msg("planning.column.due", locale),
                msg("planning.column.responsible", locale),
                msg("planning.column.participants", locale),
                msg("planning.column.result", locale),
                msg("planning.column.evidence", locale),
                msg("planning.column.unit", locale),
                msg("planning.column.baseline", locale),
                msg("planning.column.target", locale));
        return new Table(doc.title(), headers, rows);
    }

    /** The sections and the tasks: text only. */
    private void textRows(Document doc, Locale locale, List<List<?>> rows) {
        var c = doc.content();
        for (String s : settings.template(doc.type()).sections())
            rows.add(Arrays.asList(
                    msg("planning.section." + s, locale),
                    null,
                    c.section(s),
                    null,
                    null,
                    "",
                    "",
                    "",
                    "",
                    "",
                    null,
                    null));
        int n = 0;
        for (Content.Task t : c.tasks())
            rows.add(Arrays.asList(
                    msg("planning.column.task", locale), ++n, t.text(), null, null, "", "", "", "", "", null, null));
    }

    /** The measures with their dates and the indicators with their values. */
    private void measureRows(Content c, Locale locale, List<List<?>> rows) {
        int n = 0;
        for (Content.Measure m : c.measures())
            rows.add(Arrays.asList(
                    msg("planning.column.title", locale),
                    ++n,
                    m.title(),
                    m.start(),
                    m.due(),
                    m.responsible(),
                    m.participants(),
                    m.expectedResult(),
                    m.evidenceForm(),
                    "",
                    null,
                    null));
        for (Content.Target t : c.indicators())
            rows.add(Arrays.asList(
                    msg("planning.column.indicator", locale),
                    null,
                    t.name(),
                    null,
                    null,
                    "",
                    "",
                    "",
                    "",
                    t.unit(),
                    t.baseline(),
                    t.target()));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
