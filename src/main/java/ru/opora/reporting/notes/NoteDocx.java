package ru.opora.reporting.notes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;
import ru.opora.shared.Docx;

/** A note as a Word document: the blocks in order, each chart a native Word chart with its data. */
@Component
class NoteDocx {

    byte[] write(List<Blocks> blocks) {
        try (var doc = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            for (var b : blocks) {
                switch (b) {
                    case Blocks.Heading h -> heading(doc, h);
                    case Blocks.Paragraph p -> text(doc, p.text(), false, 11);
                    case Blocks.Centered c -> text(doc, c.text(), false, 12).setAlignment(ParagraphAlignment.CENTER);
                    case Blocks.Table t -> table(doc, t);
                    case Blocks.Chart c -> chart(doc, c);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static void heading(XWPFDocument doc, Blocks.Heading h) {
        var p = text(doc, h.text(), true, h.level() == 0 ? 14 : 12);
        if (h.level() == 0) p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(h.level() == 0 ? 0 : 240);
    }

    private static org.apache.poi.xwpf.usermodel.XWPFParagraph text(
            XWPFDocument doc, String text, boolean bold, int size) {
        var p = doc.createParagraph();
        Docx.run(p, text, bold, size);
        return p;
    }

    private static void table(XWPFDocument doc, Blocks.Table t) {
        var table = Docx.table(doc, t.headers());
        for (var row : t.rows()) Docx.row(table, row);
    }

    private static void chart(XWPFDocument doc, Blocks.Chart c)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        var chart = doc.createChart(15 * Units.EMU_PER_CENTIMETER, 6 * Units.EMU_PER_CENTIMETER);
        chart.setTitleText(c.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        var categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        var values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        var labels = XDDFDataSourcesFactory.fromArray(c.categories().toArray(String[]::new));
        for (var s : c.series()) {
            var numbers = new Double[s.values().length];
            for (int i = 0; i < numbers.length; i++) numbers[i] = ru.opora.shared.Formats.round(s.values()[i], 1);
            var series = data.addSeries(labels, XDDFDataSourcesFactory.fromArray(numbers));
            series.setTitle(s.name(), null);
        }
        chart.plot(data);
    }
}
