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
    private boolean ascii;
    private int record;
    private static final int SHORT = 16;
    private static final int CACHE = 256;
    private final byte[][] cacheKeys = new byte[CACHE][SHORT];
    private final int[] cacheLengths = new int[CACHE];
    private final @Nullable String[] cacheValues = new String[CACHE];

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

    /** Reads one cell into {@code cell}; returns what ended it: the delimiter, '\n' or -1. */
    private int readCell() throws IOException {
        length = 0;
        ascii = true;
        int b = read();
        while (b == ' ' || (b == '\t' && delimiter != '\t')) b = read();
        if (b == '"') {
            quoted();
            b = read();
        }
        while (true) {
            if (b == delimiter || b == '\n' || b == -1) return b;
            if (b == '\r') {
                if (peek() == '\n') read();
                return '\n';
            }
            append(b);
            b = read();
        }
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
        int from = 0;
        int to = length;
        while (from < to && (cell[from] == ' ' || cell[from] == '\t')) from++;
        while (to > from && (cell[to - 1] == ' ' || cell[to - 1] == '\t')) to--;
        if (to == from) return "";
        int n = to - from;
        if (n > SHORT) return decode(from, n);
        // short cells repeat (a digit, a class, «да»): one String each, found by their bytes
        int slot = 0;
        for (int i = from; i < to; i++) slot = slot * 31 + cell[i];
        slot = (slot ^ (slot >>> 7)) & (CACHE - 1);
        byte[] key = cacheKeys[slot];
        String value = cacheValues[slot];
        if (value != null && cacheLengths[slot] == n && java.util.Arrays.equals(key, 0, n, cell, from, to))
            return value;
        value = decode(from, n);
        System.arraycopy(cell, from, key, 0, n);
        cacheLengths[slot] = n;
        cacheValues[slot] = value;
        return value;
    }

    private String decode(int from, int n) throws CharacterCodingException {
        if (ascii) return new String(cell, from, n, StandardCharsets.ISO_8859_1);
        return decoder.decode(ByteBuffer.wrap(cell, from, n)).toString().strip();
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
