package ru.opora.shared.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CSV reader over bytes (RFC 4180 quoting; line breaks LF, CRLF or CR) for the two encodings
 * people's files come in, UTF-8 and Windows-1251. Results files run to hundreds of megabytes, and a
 * general-purpose parser reading chars spent most of an import's time here: this one splits bytes,
 * turns an ASCII cell (most cells are a digit) into a String without decoding, and decodes the rest
 * strictly, so that a file mixing encodings fails instead of importing mangled names.
 */
final class CsvReader {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final byte delimiter;
    private final CharsetDecoder decoder;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private long consumed;
    private byte[] cell = new byte[256];
    private int length;
    private byte[] text = cell;
    private int from;
    private int to;
    private boolean ascii;
    private int record;
    private static final int SHORT = 16;
    private static final int CACHE = 256;
    private final byte[][] cacheKeys = new byte[CACHE][SHORT];
    private final int[] cacheLengths = new int[CACHE];
    private final @Nullable String[] cacheValues = new String[CACHE];
    private static final String[] ONE_CHARACTER = new String[128];

    static {
        for (int c = 0; c < 128; c++) ONE_CHARACTER[c] = String.valueOf((char) c);
    }

    CsvReader(InputStream in, Charset charset, char delimiter) {
        this.in = in;
        this.delimiter = (byte) delimiter;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The number of the record last read, 1 for the first: the line Excel shows when no cell spans lines. */
    int record() {
        return record;
    }

    /** Bytes of the file read so far, for a progress bar. */
    long consumed() {
        return consumed - (limit - position);
    }

    /**
     * The next record's cells, trimmed, or null at the end of the file. A record without quotes that
     * lies whole in the read buffer (nearly every record of a large file) comes as {@link RawCells}:
     * its bytes split once, an ASCII cell turned into text only when asked for (a score is read as a
     * digit without it); any other comes cell by cell as text.
     */
    @Nullable
    List<String> next() throws IOException {
        if (!fill()) return null;
        record++;
        RawCells raw = rawRecord();
        if (raw != null) return raw;
        List<String> cells = new ArrayList<>(32);
        while (true) {
            int end = readCell();
            cells.add(text(text, from, to, ascii));
            if (end != delimiter) return cells;
        }
    }

    /**
     * The next record read cell by cell, each cell decoded on its own (no cache): a file's header,
     * read once, kept off the path its rows take. Null at the end of the file.
     */
    @Nullable
    List<String> nextSlowly() throws IOException {
        if (!fill()) return null;
        record++;
        List<String> cells = new ArrayList<>();
        while (true) {
            int end = readCellSlowly();
            int start = 0;
            int stop = length;
            while (start < stop && (cell[start] == ' ' || cell[start] == '\t')) start++;
            while (stop > start && (cell[stop - 1] == ' ' || cell[stop - 1] == '\t')) stop--;
            cells.add(start == stop ? "" : decode(cell, start, stop - start, ascii));
            if (end != delimiter) return cells;
        }
    }

    /** The cells' bounds of the record being split: start and end of each, one after the other. */
    private final int[] bounds = new int[2 * 64];

    private long nonAscii;

    /**
     * The record at {@code position} split in the buffer, or null when it is quoted, longer than the
     * buffer or the file ends inside it. A record cut by the buffer's end is moved to its start and
     * the buffer filled again, once.
     */
    private @Nullable RawCells rawRecord() throws IOException {
        int end = split();
        if (end == CUT && position > 0) {
            compact();
            end = split();
        }
        if (end < 0) return null;
        int start = position;
        byte[] bytes = java.util.Arrays.copyOfRange(buffer, start, end);
        int cells = cellCount;
        char[] ends = new char[cells];
        for (int i = 0; i < cells; i++) ends[i] = (char) (bounds[2 * i + 1] - start);
        position = buffer[end] == '\r' && buffer[end + 1] == '\n' ? end + 2 : end + 1;
        var raw = new RawCells(this, bytes, ends);
        // a cell of other bytes is decoded now, strictly: a file changing its encoding fails where it changes
        for (int i = 0; i < cells && nonAscii != 0; i++, nonAscii >>>= 1) if ((nonAscii & 1) != 0) raw.decodeNow(i);
        return raw;
    }

    private static final int CUT = -1;
    private static final int CELL_BY_CELL = -2;
    private int cellCount;

    /** Splits the record at {@code position}: the index of the line break ending it, {@link #CUT} or {@link #CELL_BY_CELL}. */
    private int split() {
        byte[] bytes = buffer;
        int end = limit;
        int cell = 0;
        int from = position;
        int seen = 0;
        long wide = 0;
        for (int i = position; i < end; i++) {
            byte b = bytes[i];
            if (b >= 0 && b <= '"') {
                if (b == '"') return CELL_BY_CELL;
                if (b == '\n' || b == '\r') {
                    if (b == '\r' && i + 1 >= end) return CUT;
                    if (!bound(cell, from, i)) return CELL_BY_CELL;
                    if (seen < 0) wide |= 1L << cell;
                    cellCount = cell + 1;
                    nonAscii = wide;
                    return i;
                }
            }
            if (b == delimiter) {
                if (!bound(cell, from, i)) return CELL_BY_CELL;
                if (seen < 0) wide |= 1L << cell;
                cell++;
                from = i + 1;
                seen = 0;
            } else seen |= b;
        }
        return CUT;
    }

    /** Notes a cell's bounds; false past 64 cells, whose encodings the split does not track. */
    private boolean bound(int cell, int from, int to) {
        if (2 * cell >= bounds.length) return false;
        bounds[2 * cell] = from;
        bounds[2 * cell + 1] = to;
        return true;
    }

    private void compact() throws IOException {
        int left = limit - position;
        System.arraycopy(buffer, position, buffer, 0, left);
        position = 0;
        limit = left;
        int n = in.read(buffer, left, BUFFER - left);
        if (n > 0) {
            consumed += n;
            limit += n;
        }
    }

    /** A cell's text from its bytes: trimmed of spaces and tabs, repeated short cells shared, other bytes decoded strictly. */
    String text(byte[] bytes, int start, int end, boolean asciiOnly) throws CharacterCodingException {
        while (start < end && (bytes[start] == ' ' || bytes[start] == '\t')) start++;
        while (end > start && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) end--;
        if (end == start) return "";
        int n = end - start;
        // a digit, a letter: most cells of a results file
        if (n == 1 && bytes[start] >= 0) return ONE_CHARACTER[bytes[start]];
        if (n > SHORT) return decode(bytes, start, n, asciiOnly);
        // short cells repeat (a class, a school's code, «да»): one String each, found by their bytes
        int slot = 0;
        for (int i = start; i < end; i++) slot = slot * 31 + bytes[i];
        slot = (slot ^ (slot >>> 7)) & (CACHE - 1);
        byte[] key = cacheKeys[slot];
        String value = cacheValues[slot];
        if (value != null && cacheLengths[slot] == n && java.util.Arrays.equals(key, 0, n, bytes, start, end))
            return value;
        value = decode(bytes, start, n, asciiOnly);
        System.arraycopy(bytes, start, key, 0, n);
        cacheLengths[slot] = n;
        cacheValues[slot] = value;
        return value;
    }

    /**
     * Reads one cell; returns what ended it: the delimiter, '\n' or -1. The cell's bytes are left at
     * {@code text[from, to)}: in the read buffer itself when the cell is unquoted and lies whole in it
     * (nearly every cell of a large file), otherwise copied into {@code cell}.
     */
    private int readCell() throws IOException {
        int ending = unquotedInBuffer();
        return ending != NOT_IN_BUFFER ? ending : readCellSlowly();
    }

    private static final int NOT_IN_BUFFER = -2;

    /** The fast way: an unquoted cell ending before the buffer does, or {@link #NOT_IN_BUFFER}. */
    private int unquotedInBuffer() {
        int start = position;
        int end = limit;
        byte[] bytes = buffer;
        if (start >= end) return NOT_IN_BUFFER;
        byte first = bytes[start];
        if (first == ' ' || first == '\t' || first == '"') return NOT_IN_BUFFER;
        int seen = 0;
        for (int i = start; i < end; i++) {
            byte b = bytes[i];
            if (b == delimiter || b == '\n' || b == '\r') {
                // a CR ending the buffer may be followed by LF in the next read: the slow way decides
                if (b == '\r' && i + 1 >= end) return NOT_IN_BUFFER;
                text = bytes;
                from = start;
                to = i;
                ascii = seen >= 0;
                position = b == '\r' && bytes[i + 1] == '\n' ? i + 2 : i + 1;
                return b == delimiter ? delimiter : '\n';
            }
            seen |= b;
        }
        return NOT_IN_BUFFER;
    }

    private int readCellSlowly() throws IOException {
        length = 0;
        ascii = true;
        from = 0;
        int b = read();
        while (b == ' ' || (b == '\t' && delimiter != '\t')) b = read();
        if (b == '"') {
            quoted();
            b = read();
        }
        while (true) {
            if (b == delimiter || b == '\n' || b == -1) return slowEnd(b);
            if (b == '\r') {
                if (peek() == '\n') read();
                return slowEnd('\n');
            }
            append(b);
            b = read();
        }
    }

    /** The cell was copied: {@code cell} may have grown since the reading began. */
    private int slowEnd(int ending) {
        text = cell;
        to = length;
        return ending;
    }

    /** A quoted cell: delimiters and line breaks are text, and "" is one quote. */
    private void quoted() throws IOException {
        while (true) {
            int b = read();
            if (b == -1) throw new IOException("в конце файла не закрыты кавычки (строка " + record + ")");
            if (b == '"') {
                if (peek() != '"') return;
                read();
            }
            append(b);
        }
    }

    private void append(int b) {
        if (length == cell.length) cell = java.util.Arrays.copyOf(cell, length * 2);
        cell[length++] = (byte) b;
        if (b < 0 || b > 127) ascii = false;
    }

    private String decode(byte[] bytes, int start, int n, boolean asciiOnly) throws CharacterCodingException {
        if (asciiOnly) return new String(bytes, start, n, StandardCharsets.ISO_8859_1);
        return decoder.decode(ByteBuffer.wrap(bytes, start, n)).toString().strip();
    }

    private boolean fill() throws IOException {
        if (position < limit) return true;
        int n = in.read(buffer, 0, BUFFER);
        if (n <= 0) return false;
        consumed += n;
        position = 0;
        limit = n;
        return true;
    }

    private int read() throws IOException {
        if (!fill()) return -1;
        return buffer[position++] & 0xFF;
    }

    private int peek() throws IOException {
        if (!fill()) return -1;
        return buffer[position] & 0xFF;
    }
}
