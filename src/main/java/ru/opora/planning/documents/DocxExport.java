package ru.opora.planning.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.shared.Docx;

/**
 * A document as the usual official DOCX: the approval block at the top right, the title centred,
 * the passport (school, period, version), the sections, the plan as the table of §7.3 (or §7.4 for
 * a roadmap) and the indicators' table, in Times New Roman.
 */
@Component
class DocxExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    DocxExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(Document doc, String schoolName, Template template, Locale locale, OutputStream out) throws IOException {
        try (var docx = new XWPFDocument()) {
            approval(docx, locale);
            var title = Docx.paragraph(docx, ParagraphAlignment.CENTER);
            Docx.run(title, msg("planning.type." + doc.type(), locale).toUpperCase(locale), true, 14);
            Docx.run(Docx.paragraph(docx, ParagraphAlignment.CENTER), doc.title(), true, 14);
            Docx.run(Docx.paragraph(docx, ParagraphAlignment.CENTER), schoolName, false, 12);
            Docx.run(
                    Docx.paragraph(docx, ParagraphAlignment.CENTER),
                    msg("planning.period", locale, DATE.format(doc.periodFrom()), DATE.format(doc.periodTo())),
                    false,
                    12);
            for (String s : template.sections()) {
                Docx.run(Docx.paragraph(docx, ParagraphAlignment.LEFT), msg("planning.section." + s, locale), true, 12);
                for (String line : doc.content().section(s).split("\n"))
                    Docx.run(Docx.paragraph(docx, ParagraphAlignment.BOTH), line, false, 12);
            }
            if (!doc.content().measures().isEmpty()) plan(docx, doc.content(), locale);
            if (!doc.content().indicators().isEmpty()) indicators(docx, doc.content(), locale);
            docx.write(out);
        }
    }

    private void approval(XWPFDocument docx, Locale locale) {
        for (String key : List.of("planning.docx.approved", "planning.docx.director", "planning.docx.date"))
            Docx.run(Docx.paragraph(docx, ParagraphAlignment.RIGHT), msg(key, locale), false, 12);
    }

    private void plan(XWPFDocument docx, Content c, Locale locale) {
        Docx.run(Docx.paragraph(docx, ParagraphAlignment.LEFT), msg("planning.measures", locale), true, 12);
        var headers = List.of(
                "№",
                msg("planning.column.task", locale),
                msg("planning.column.title", locale),
                msg("planning.column.due", locale),
                msg("planning.column.responsible", locale),
                msg("planning.column.participants", locale),
                msg("planning.column.result", locale),
                msg("planning.column.evidence", locale),
                msg("planning.column.schools", locale));
        XWPFTable table = Docx.table(docx, headers);
        int n = 0;
        for (Content.Measure m : c.measures()) {
            String task = c.tasks().stream()
                    .filter(t -> t.id().equals(m.taskId()))
                    .map(Content.Task::text)
                    .findFirst()
                    .orElse("");
            String due = (m.start() == null ? "" : DATE.format(m.start()) + " – ")
                    + (m.due() == null ? "" : DATE.format(m.due()));
            Docx.row(
                    table,
                    List.of(
                            String.valueOf(++n),
                            task,
                            m.title(),
                            due,
                            m.responsible(),
                            m.participants(),
                            m.expectedResult(),
                            m.evidenceForm(),
                            String.join(", ", m.schools())));
        }
    }

    private void indicators(XWPFDocument docx, Content c, Locale locale) {
        Docx.run(Docx.paragraph(docx, ParagraphAlignment.LEFT), msg("planning.indicators", locale), true, 12);
        XWPFTable table = Docx.table(
                docx,
                List.of(
                        msg("planning.column.indicator", locale),
                        msg("planning.column.unit", locale),
                        msg("planning.column.baseline", locale),
                        msg("planning.column.target", locale)));
        for (Content.Target t : c.indicators())
            Docx.row(table, List.of(t.name(), t.unit(), number(t.baseline()), number(t.target())));
    }

    private static String number(@org.jspecify.annotations.Nullable Double d) {
        return d == null ? "" : Content.Target.format(d);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
