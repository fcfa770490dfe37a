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
    /** Start and end of each cell in {@link #bytes}, untrimmed. */
    private final int[] bounds;

    private final @Nullable String[] texts;

    RawCells(CsvReader reader, byte[] bytes, int[] bounds) {
        this.reader = reader;
        this.bytes = bytes;
        this.bounds = bounds;
        this.texts = new String[bounds.length / 2];
    }

    @Override
    public int size() {
        return texts.length;
    }

    @Override
    public String get(int index) {
        String text = texts[index];
        if (text != null) return text;
        try {
            // cells of other bytes were decoded when the record was read: this one is ASCII
            text = reader.text(bytes, bounds[2 * index], bounds[2 * index + 1], true);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("an ASCII cell does not decode", e);
        }
        texts[index] = text;
        return text;
    }

    void decodeNow(int index) throws CharacterCodingException {
        texts[index] = reader.text(bytes, bounds[2 * index], bounds[2 * index + 1], false);
    }

    /** The cell's digit when it holds one ASCII digit (spaces and tabs around it aside), otherwise -1. */
    int digit(int index) {
        int start = bounds[2 * index];
        int end = bounds[2 * index + 1];
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
        return bounds[2 * index + 1] - bounds[2 * index] >= characters;
    }

    /** True when every cell is empty or only spaces. */
    boolean blank() {
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            if (text != null ? !text.isEmpty() : !blankBytes(i)) return false;
        }
        return true;
    }

    private boolean blankBytes(int index) {
        for (int b = bounds[2 * index]; b < bounds[2 * index + 1]; b++) if (!blank(bytes[b])) return false;
        return true;
    }

    private static boolean blank(byte b) {
        return b == ' ' || b == '\t';
    }
}
