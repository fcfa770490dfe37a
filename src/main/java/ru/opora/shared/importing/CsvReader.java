package ru.opora.shared.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    /** Reads the next record's cells, trimmed, into {@code cells}; false at the end of the file. */
    boolean next(List<String> cells) throws IOException {
        if (!cells.isEmpty()) cells.clear();
        if (!fill()) return false;
        record++;
        while (true) {
            int end = readCell();
            cells.add(cellText());
            if (end != delimiter) return true;
        }
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

    private String cellText() throws CharacterCodingException {
        byte[] bytes = text;
        int start = from;
        int end = to;
        while (start < end && (bytes[start] == ' ' || bytes[start] == '\t')) start++;
        while (end > start && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) end--;
        if (end == start) return "";
        int n = end - start;
        // a digit, a letter: most cells of a results file
        if (n == 1 && bytes[start] >= 0) return ONE_CHARACTER[bytes[start]];
        if (n > SHORT) return decode(bytes, start, n);
        // short cells repeat (a class, a school's code, «да»): one String each, found by their bytes
        int slot = 0;
        for (int i = start; i < end; i++) slot = slot * 31 + bytes[i];
        slot = (slot ^ (slot >>> 7)) & (CACHE - 1);
        byte[] key = cacheKeys[slot];
        String value = cacheValues[slot];
        if (value != null && cacheLengths[slot] == n && java.util.Arrays.equals(key, 0, n, bytes, start, end))
            return value;
        value = decode(bytes, start, n);
        System.arraycopy(bytes, start, key, 0, n);
        cacheLengths[slot] = n;
        cacheValues[slot] = value;
        return value;
    }

    private String decode(byte[] bytes, int start, int n) throws CharacterCodingException {
        if (ascii) return new String(bytes, start, n, StandardCharsets.ISO_8859_1);
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
