package ru.opora.shared.importing;

import java.nio.charset.CharacterCodingException;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one CSV record kept as the record's bytes and the cells' bounds: a results file has
 * twenty-odd cells a row and millions of rows, most of them one-digit scores that the import reads
 * as digits, so a cell becomes text only when asked for. Cells of non-ASCII bytes are decoded when
 * the record is read (see {@link CsvReader#next()}), so that a wrongly encoded file fails there.
 */
final class RawCells extends AbstractList<String> implements RandomAccess {

    private final CsvReader reader;
    private final byte[] bytes;
    /**
     * Where each cell ends in {@link #bytes} (untrimmed); the next begins one byte later, after the
     * delimiter. A record lies in the 64 KB read buffer, so a char holds any offset: an int pair per
     * cell and a String array per row were over a third of what reading a file allocated.
     */
    private final char[] ends;

    /** Cells of other bytes than ASCII, decoded when the record was read; null while there are none. */
    private @Nullable String @Nullable [] decoded;

    RawCells(CsvReader reader, byte[] bytes, char[] ends) {
        this.reader = reader;
        this.bytes = bytes;
        this.ends = ends;
    }

    @Override
    public int size() {
        return ends.length;
    }

    private int start(int index) {
        return index == 0 ? 0 : ends[index - 1] + 1;
    }

    /**
     * The cell as text. An ASCII cell is made text on each call, not kept: the import asks for a
     * few cells once each, and short repeated cells come from the reader's cache anyway.
     */
    @Override
    public String get(int index) {
        var texts = decoded;
        if (texts != null && texts[index] != null) return texts[index];
        try {
            // cells of other bytes were decoded when the record was read: this one is ASCII
            return reader.text(bytes, start(index), ends[index], true);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("an ASCII cell does not decode", e);
        }
    }

    void decodeNow(int index) throws CharacterCodingException {
        var texts = decoded;
        if (texts == null) decoded = texts = new String[ends.length];
        texts[index] = reader.text(bytes, start(index), ends[index], false);
    }

    /** The cell's digit when it holds one ASCII digit (spaces and tabs around it aside), otherwise -1. */
    int digit(int index) {
        int start = start(index);
        int end = ends[index];
        if (end - start != 1) {
            while (start < end && blank(bytes[start])) start++;
            while (end > start && blank(bytes[end - 1])) end--;
            if (end - start != 1) return -1;
        }
        int d = bytes[start] - '0';
        return d >= 0 && d <= 9 ? d : -1;
    }

    /** False when the cell surely holds fewer characters: it has fewer bytes (in UTF-8 and Windows-1251 alike). */
    boolean mayHold(int index, int characters) {
        return ends[index] - start(index) >= characters;
    }

    /** True when every cell is empty or only spaces. */
    boolean blank() {
        var texts = decoded;
        for (int i = 0; i < ends.length; i++) {
            // a decoded cell may be only Unicode spaces, stripped to nothing
            String text = texts == null ? null : texts[i];
            if (text != null ? !text.isEmpty() : !blankBytes(i)) return false;
        }
        return true;
    }

    private boolean blankBytes(int index) {
        for (int b = start(index); b < ends[index]; b++) if (!blank(bytes[b])) return false;
        return true;
    }

    private static boolean blank(byte b) {
        return b == ' ' || b == '\t';
    }
}
