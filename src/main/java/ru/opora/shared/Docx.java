package ru.opora.shared;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The pieces every document Opora writes as DOCX is made of — a programme, a meeting's protocol,
 * an analytical note: paragraphs and runs in Times New Roman, as official papers are typed, and
 * tables of text a row at a time.
 */
public final class Docx {

    private static final String FONT = "Times New Roman";

    private Docx() {}

    public static XWPFParagraph paragraph(XWPFDocument docx, ParagraphAlignment alignment) {
        var p = docx.createParagraph();
        p.setAlignment(alignment);
        return p;
    }

    public static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
        return r;
    }

    /** A full-width table with its header row in bold, 10 pt. */
    public static XWPFTable table(XWPFDocument docx, List<String> headers) {
        XWPFTable table = docx.createTable(1, headers.size());
        table.setWidth("100%");
        for (int i = 0; i < headers.size(); i++)
            run(table.getRow(0).getCell(i).getParagraphs().getFirst(), headers.get(i), true, 10);
        return table;
    }

    /** A row of 10 pt text under the table's last. */
    public static void row(XWPFTable table, List<String> cells) {
        var row = table.createRow();
        for (int i = 0; i < cells.size(); i++)
            run(row.getCell(i).getParagraphs().getFirst(), cells.get(i), false, 10);
    }
}
