package ru.opora.reporting.notes;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * A note as PDF, A4: the blocks in order with the DejaVu font embedded (the text is Cyrillic and a
 * reader's machine may have no font for it), tables with wrapped cells, charts drawn as bars.
 */
@Component
class NotePdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TEXT = 10.5f;
    private static final float CELL = 8.5f;
    private static final Color[] SERIES = {new Color(0x2d, 0x5f, 0xa8), new Color(0xb0, 0xb8, 0xc4)};

    byte[] write(List<Blocks> blocks) {
        try (var doc = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new Page(doc, font(doc, "/fonts/DejaVuSans.ttf"), font(doc, "/fonts/DejaVuSans-Bold.ttf"));
            for (var b : blocks) {
                switch (b) {
                    case Blocks.Heading h -> page.heading(h);
                    case Blocks.Paragraph p -> page.paragraph(p.text(), page.regular, TEXT);
                    case Blocks.Centered c -> page.centered(c.text());
                    case Blocks.Table t -> page.table(t);
                    case Blocks.Chart c -> page.chart(c);
                }
            }
            page.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = NotePdf.class.getResourceAsStream(resource)) {
            return PDType0Font.load(doc, java.util.Objects.requireNonNull(in, resource));
        }
    }

    /** The page being written, and the point where the next block starts. */
    private static final class Page {
        final PDDocument doc;
        final PDFont regular;
        final PDFont bold;
        PDPageContentStream out;
        float y;

        Page(PDDocument doc, PDFont regular, PDFont bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            next();
        }

        void next() throws IOException {
            if (out != null) out.close();
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void room(float height) throws IOException {
            if (y - height < MARGIN) next();
        }

        void close() throws IOException {
            out.close();
        }

        void heading(Blocks.Heading h) throws IOException {
            float size = h.level() == 0 ? 14 : 12;
            y -= h.level() == 0 ? 0 : 8;
            room(size * 3);
            if (h.level() == 0) {
                float w = bold.getStringWidth(h.text()) / 1000 * size;
                write(h.text(), bold, size, MARGIN + (WIDTH - w) / 2, y - size);
                y -= size * 1.6f;
            } else paragraph(h.text(), bold, size);
        }

        void centered(String text) throws IOException {
            for (String line : wrap(text, regular, TEXT + 1, WIDTH)) {
                room(TEXT * 1.6f);
                write(line, regular, TEXT + 1, MARGIN + (WIDTH - width(line, regular, TEXT + 1)) / 2, y - TEXT);
                y -= TEXT * 1.6f;
            }
        }

        void paragraph(String text, PDFont font, float size) throws IOException {
            for (String line : wrap(text, font, size, WIDTH)) {
                room(size * 1.4f);
                write(line, font, size, MARGIN, y - size);
                y -= size * 1.4f;
            }
            y -= size * 0.3f;
        }

        void write(String text, PDFont font, float size, float x, float baseline) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, baseline);
            out.showText(text);
            out.endText();
        }

        void table(Blocks.Table t) throws IOException {
            float[] widths = widths(t);
            row(t.headers(), widths, bold);
            for (var r : t.rows()) row(r, widths, regular);
            y -= 6;
        }

        /** Column widths in proportion to their longest text, the whole table as wide as the text. */
        float[] widths(Blocks.Table t) throws IOException {
            float[] need = new float[t.headers().size()];
            for (int c = 0; c < need.length; c++) {
                need[c] = Math.min(160, Math.max(30, width(t.headers().get(c), bold, CELL)));
                for (var r : t.rows()) need[c] = Math.min(160, Math.max(need[c], width(r.get(c), regular, CELL)));
            }
            float sum = 0;
            for (float n : need) sum += n;
            for (int c = 0; c < need.length; c++) need[c] = need[c] / sum * WIDTH;
            return need;
        }

        void row(List<String> cells, float[] widths, PDFont font) throws IOException {
            var lines = new ArrayList<List<String>>();
            int most = 1;
            for (int c = 0; c < cells.size(); c++) {
                var l = wrap(cells.get(c), font, CELL, widths[c] - 6);
                lines.add(l);
                most = Math.max(most, l.size());
            }
            float height = most * CELL * 1.3f + 6;
            room(height);
            float x = MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                out.addRect(x, y - height, widths[c], height);
                float line = y - 3 - CELL;
                for (String text : lines.get(c)) {
                    write(text, font, CELL, x + 3, line);
                    line -= CELL * 1.3f;
                }
                x += widths[c];
            }
            out.setLineWidth(0.5f);
            out.stroke();
            y -= height;
        }

        void chart(Blocks.Chart c) throws IOException {
            float height = 120;
            room(height + 60);
            paragraph(c.title(), bold, TEXT);
            float base = y - height;
            float groupWidth = WIDTH / c.categories().size();
            float bar = groupWidth * 0.7f / c.series().size();
            for (int i = 0; i < c.categories().size(); i++) {
                float x = MARGIN + i * groupWidth + groupWidth * 0.15f;
                for (int s = 0; s < c.series().size(); s++) {
                    double value = c.series().get(s).values()[i];
                    float h = (float) (height * Math.min(100, Math.max(0, value)) / 100);
                    out.setNonStrokingColor(SERIES[s % SERIES.length]);
                    out.addRect(x + s * bar, base, bar - 2, h);
                    out.fill();
                    out.setNonStrokingColor(Color.BLACK);
                    write(ru.opora.shared.Formats.number(value, 1), regular, 7, x + s * bar, base + h + 2);
                }
                write(c.categories().get(i), regular, CELL, x + bar * c.series().size() / 2 - 6, base - 11);
            }
            out.moveTo(MARGIN, base);
            out.lineTo(MARGIN + WIDTH, base);
            out.stroke();
            y = base - 16;
            legend(c);
        }

        void legend(Blocks.Chart c) throws IOException {
            float x = MARGIN;
            for (int s = 0; s < c.series().size(); s++) {
                out.setNonStrokingColor(SERIES[s % SERIES.length]);
                out.addRect(x, y - 8, 8, 8);
                out.fill();
                out.setNonStrokingColor(Color.BLACK);
                String name = c.series().get(s).name();
                write(name, regular, CELL, x + 12, y - 8);
                x += 24 + width(name, regular, CELL);
            }
            y -= 22;
        }

        float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** The text in lines no wider than {@code max}, broken at spaces (a word longer than a line is cut). */
        List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
            var lines = new ArrayList<String>();
            var line = new StringBuilder();
            for (String word : text.replaceAll("\\s+", " ").strip().split(" ")) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (width(tried, font, size) <= max || line.isEmpty()) {
                    line.setLength(0);
                    line.append(tried);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
