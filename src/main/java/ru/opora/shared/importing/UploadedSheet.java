package ru.opora.shared.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/**
 * Reads an uploaded CSV or XLSX file row by row, whatever people really send: XLSX from any Excel,
 * CSV in UTF-8 (with or without BOM) or Windows-1251, separated by {@code ;}, {@code ,} or tab.
 * The format is told by the file's bytes, never by its name. Rows are streamed to the consumer, so
 * a file of millions of rows needs no more memory than one row.
 */
public final class UploadedSheet {

    /** Receives each non-empty row: its number as the user sees it (1 = first line) and its cells. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(int rowNumber, List<String> cells);

        /**
         * The first non-empty row, the file's header; the rows after it go to {@link #accept}. A
         * consumer that tells them apart here keeps its per-row code free of a first-row branch.
         */
        default void header(int rowNumber, List<String> cells) {
            accept(rowNumber, cells);
        }
    }

    public enum Format {
        CSV,
        XLSX
    }

    private static final int SAMPLE = 64 * 1024;
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private UploadedSheet() {}

    /** Reads the first sheet (XLSX) or the whole file (CSV) and returns the format found. */
    public static Format read(String fileName, Path file, long maxBytes, RowConsumer consumer) {
        return read(fileName, file, maxBytes, consumer, done -> {});
    }

    /**
     * Reads as {@link #read(String, Path, long, RowConsumer)} and reports, now and then, how many
     * bytes of the file are read, for a progress bar.
     */
    public static Format read(
            String fileName, Path file, long maxBytes, RowConsumer consumer, DoubleConsumer progress) {
        long size = size(fileName, file);
        if (size == 0) throw new UnreadableFile("FILE-E001", fileName);
        if (size > maxBytes) throw new UnreadableFile("FILE-E002", fileName, megabytes(size), megabytes(maxBytes));
        byte[] head = head(fileName, file);
        String lowerName = fileName.toLowerCase(Locale.ROOT);
        if (isZip(head)) {
            XlsxSheetReader.read(fileName, file, consumer, progress);
            return Format.XLSX;
        }
        if (isOle2(head)) throw new UnreadableFile("FILE-E004", fileName);
        if (lowerName.endsWith(".xlsx") || lowerName.endsWith(".xls") || lowerName.endsWith(".xlsm"))
            throw new UnreadableFile("FILE-E003", fileName);
        readCsv(fileName, file, head, consumer, progress);
        return Format.CSV;
    }

    static Charset detectCharset(String fileName, byte[] head) {
        if (head.length >= 2
                && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                        || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)))
            throw new UnreadableFile("FILE-E006", fileName, "UTF-16");
        for (byte b : head) {
            if (b == 0) throw new UnreadableFile("FILE-E007", fileName);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            // endOfInput=false: a multi-byte character cut by the sample's end is not an error
            var result = utf8.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), false);
            if (result.isError()) return WINDOWS_1251;
            return StandardCharsets.UTF_8;
        } catch (RuntimeException e) {
            return WINDOWS_1251;
        }
    }

    static char detectDelimiter(String firstLine) {
        int semicolons = count(firstLine, ';');
        int commas = count(firstLine, ',');
        int tabs = count(firstLine, '\t');
        if (tabs > semicolons && tabs > commas) return '\t';
        return semicolons >= commas ? ';' : ',';
    }

    private static void readCsv(
            String fileName, Path file, byte[] head, RowConsumer consumer, DoubleConsumer progress) {
        Charset charset = detectCharset(fileName, head);
        char delimiter = detectDelimiter(firstLine(head, charset));
        long size = size(fileName, file);
        boolean bom = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
        try (InputStream in = Files.newInputStream(file)) {
            if (bom) in.skipNBytes(3);
            var reader = new CsvReader(in, charset, delimiter);
            // the header apart, read cell by cell: its long, spaced, non-ASCII cells never reach the
            // rows' compiled loop, which would otherwise leave it for the interpreter at each file's
            // start and be compiled again (C2 took about a second of processor per import)
            List<String> header = reader.nextSlowly();
            while (header != null && header.stream().allMatch(String::isEmpty)) header = reader.nextSlowly();
            if (header != null) consumer.header(reader.record(), header);
            // a fresh list per row: consumers may keep one (a staged row)
            for (List<String> cells = header == null ? null : reader.next(); cells != null; cells = reader.next()) {
                if ((reader.record() & 0xFFF) == 0) progress.accept((double) reader.consumed() / size);
                if (blank(cells)) continue;
                consumer.accept(reader.record(), cells);
            }
            progress.accept((double) reader.consumed() / size);
        } catch (CharacterCodingException e) {
            // a file that starts in one encoding and goes on in another fails only mid-way
            throw new UnreadableFile(e, "FILE-E009", fileName);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UnreadableFile(e, "FILE-E008", fileName, rootMessage(e));
        }
    }

    private static boolean blank(List<String> cells) {
        if (cells instanceof RawCells raw) return raw.blank();
        for (int i = 0; i < cells.size(); i++) if (!cells.get(i).isEmpty()) return false;
        return true;
    }

    private static String firstLine(byte[] head, Charset charset) {
        String text = new String(head, charset);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean isOle2(byte[] head) {
        return head.length >= 4
                && head[0] == (byte) 0xD0
                && head[1] == (byte) 0xCF
                && head[2] == 0x11
                && head[3] == (byte) 0xE0;
    }

    private static long size(String fileName, Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UnreadableFile(e, "FILE-E001", fileName);
        }
    }

    private static byte[] head(String fileName, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(SAMPLE);
            return Arrays.copyOf(bytes, bytes.length);
        } catch (IOException e) {
            throw new UnreadableFile(e, "FILE-E001", fileName);
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') quoted = !quoted;
            else if (ch == c && !quoted) n++;
        }
        return n;
    }

    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0).replace('.', ',');
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
