package ru.opora.coordination.meetings;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.shared.Docx;
import ru.opora.shared.Formats;

/**
 * A meeting's protocol in the usual official layout (§7.5): «ПРОТОКОЛ», the holder, date and format,
 * the chair and those present, the agenda, then for each item «СЛУШАЛИ», «ВЫСТУПИЛИ», «РЕШИЛИ» with
 * the assignments it issued (to whom, by when, the report expected), in Times New Roman.
 */
@Component
class ProtocolDocx {

    private final MessageSource messages;

    ProtocolDocx(MessageSource messages) {
        this.messages = messages;
    }

    void write(MeetingPages.MeetingPage page, Locale locale, OutputStream out) throws IOException {
        var m = page.meeting();
        try (var docx = new XWPFDocument()) {
            Docx.run(
                    Docx.paragraph(docx, ParagraphAlignment.CENTER),
                    msg("coordination.protocol.title", locale),
                    true,
                    14);
            Docx.run(Docx.paragraph(docx, ParagraphAlignment.CENTER), m.title(), true, 14);
            Docx.run(Docx.paragraph(docx, ParagraphAlignment.CENTER), page.holder(), false, 12);
            Docx.run(
                    Docx.paragraph(docx, ParagraphAlignment.LEFT),
                    Formats.date(m.heldOn()) + ", " + m.format(),
                    false,
                    12);
            labelled(docx, msg("coordination.meeting.chair.label", locale), m.chair());
            labelled(docx, msg("coordination.meeting.attendees.label", locale), m.attendees());
            Docx.run(
                    Docx.paragraph(docx, ParagraphAlignment.CENTER),
                    msg("coordination.protocol.agenda", locale),
                    true,
                    12);
            for (var item : page.items())
                Docx.run(
                        Docx.paragraph(docx, ParagraphAlignment.LEFT),
                        item.position() + ". " + item.topic(),
                        false,
                        12);
            for (var item : page.items()) {
                Docx.run(
                        Docx.paragraph(docx, ParagraphAlignment.LEFT), item.position() + ". " + item.topic(), true, 12);
                section(docx, msg("coordination.protocol.heard", locale), item.heard());
                section(docx, msg("coordination.protocol.spoke", locale), item.spoke());
                section(docx, msg("coordination.protocol.decided", locale), item.decided());
                assignments(docx, page.of(item.id()), locale);
            }
            docx.write(out);
        }
    }

    private void assignments(XWPFDocument docx, List<MeetingPages.Line> lines, Locale locale) {
        int n = 1;
        for (var l : lines)
            Docx.run(
                    Docx.paragraph(docx, ParagraphAlignment.BOTH),
                    msg(
                            "coordination.protocol.assignment",
                            locale,
                            n++,
                            l.a().text(),
                            l.assignee(),
                            Formats.date(l.a().due()),
                            l.a().reportForm()),
                    false,
                    12);
    }

    private static void section(XWPFDocument docx, String label, String text) {
        if (text.isBlank()) return;
        Docx.run(Docx.paragraph(docx, ParagraphAlignment.LEFT), label, true, 12);
        Docx.run(Docx.paragraph(docx, ParagraphAlignment.BOTH), text, false, 12);
    }

    private static void labelled(XWPFDocument docx, String label, String text) {
        var p = Docx.paragraph(docx, ParagraphAlignment.LEFT);
        Docx.run(p, label + " ", true, 12);
        Docx.run(p, text, false, 12);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
