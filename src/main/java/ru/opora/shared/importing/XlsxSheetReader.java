package ru.opora.shared.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX with POI's SAX (event) API: memory stays flat whatever the
 * sheet's size, and POI's zip-bomb guards stay on. Formula cells give the value Excel last showed.
 */
final class XlsxSheetReader {

    private XlsxSheetReader() {}

    static void read(String fileName, Path file, UploadedSheet.RowConsumer consumer, DoubleConsumer progress) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) throw new UnreadableFile("FILE-E001", fileName);
            try (InputStream sheet = new Counted(sheets.next(), sizeOf(sheets), progress)) {
                XMLReader parser = XMLHelper.newXMLReader();
                var handler = new RowCollector(consumer);
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), null, strings, handler, new PlainNumbers(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (UnreadableFile e) {
            throw e;
        } catch (RowRejected e) {
            throw e.cause;
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UnreadableFile(e, "FILE-E003", fileName);
        } catch (IOException
                | SAXException
                | ParserConfigurationException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | RuntimeException e) {
            throw new UnreadableFile(e, codeOf(e), fileName);
        }
    }

    /**
     * What to tell a person about a workbook the reader refused, in their words: the library's own
     * text («Zip bomb detected!…», «DOCTYPE is disallowed…») stays in the log (issue #15, I1).
     */
    private static String codeOf(Exception e) {
        String root = UploadedSheet.rootMessage(e);
        if (root.contains("Zip bomb") || root.contains("ZipSecureFile")) return "FILE-E010";
        if (root.contains("DOCTYPE") || root.contains("DTD")) return "FILE-E011";
        return "FILE-E005";
    }

    private static long sizeOf(java.util.Iterator<InputStream> sheets) {
        if (sheets instanceof XSSFReader.SheetIterator it)
            return it.getSheetPart().getSize();
        return -1;
    }

    /** Counts the sheet's uncompressed bytes as the parser reads them, for a progress bar. */
    private static final class Counted extends java.io.FilterInputStream {
        private final long size;
        private final DoubleConsumer progress;
        private long read;
        private long reported;

        Counted(InputStream in, long size, DoubleConsumer progress) {
            super(in);
            this.size = size;
            this.progress = progress;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                read += n;
                if (size > 0 && read - reported > (1 << 20)) {
                    reported = read;
                    progress.accept(Math.min(1.0, (double) read / size));
                }
            }
            return n;
        }
    }

    /** Carries a consumer's own runtime exception through the SAX parser unchanged. */
    private static final class RowRejected extends RuntimeException {
        final RuntimeException cause;

        RowRejected(RuntimeException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final UploadedSheet.RowConsumer consumer;
        private final List<String> cells = new ArrayList<>();
        private int row;
        private boolean headerSeen;

        RowCollector(UploadedSheet.RowConsumer consumer) {
            this.consumer = consumer;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) return;
            List<String> copy = new ArrayList<>(cells.size());
            for (String c : cells) copy.add(c == null ? "" : c.trim());
            try {
                if (headerSeen) consumer.accept(row, copy);
                else {
                    headerSeen = true;
                    consumer.header(row, copy);
                }
            } catch (RuntimeException e) {
                throw new RowRejected(e);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) cells.add("");
            cells.add(formattedValue);
        }
    }

    /**
     * Excel's "General" format shows 12-digit numbers such as an INN in scientific notation; here
     * whole numbers keep every digit, as the user typed them.
     */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            boolean general =
                    formatString == null || "General".equalsIgnoreCase(formatString) || "@".equals(formatString);
            if (general && value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
