package ru.opora.assessments.results;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Rows in PostgreSQL's binary COPY format, built in memory by the thread that reads the file and
 * sent whole by the writing thread. A work block is mostly bytes (scores and facts) and a list of
 * codes: in the text format both had to be spelt out (hex, quoted array elements) and parsed back by
 * the server, which made COPY the slowest part of an import; here they go as they are.
 */
final class CopyBinary {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int TEXT_OID = 25;
    private static final int INT4_OID = 23;
    private static final int INT8_OID = 20;

    private byte[] bytes;
    private int length;

    CopyBinary(int expectedBytes) {
        this(null, expectedBytes);
    }

    /**
     * Rows written into {@code reused} when it is large enough: an import's batches are megabytes
     * each, and a new array per batch is a humongous object that starts the collector's marking.
     */
    CopyBinary(byte @Nullable [] reused, int expectedBytes) {
        bytes = reused != null && reused.length >= expectedBytes ? reused : new byte[Math.max(64, expectedBytes)];
        put(SIGNATURE);
        int4(0); // flags: no OIDs
        int4(0); // no header extension
    }

    CopyBinary row(int fields) {
        int2(fields);
        return this;
    }

    CopyBinary smallint(int value) {
        int4(2);
        int2(value);
        return this;
    }

    CopyBinary integer(int value) {
        int4(4);
        int4(value);
        return this;
    }

    CopyBinary bigint(long value) {
        int4(8);
        int8(value);
        return this;
    }

    CopyBinary uuid(UUID value) {
        int4(16);
        int8(value.getMostSignificantBits());
        int8(value.getLeastSignificantBits());
        return this;
    }

    CopyBinary text(String value) {
        int at = reserveLength();
        utf8(value);
        endLength(at);
        return this;
    }

    CopyBinary bool(boolean value) {
        int4(1);
        ensure(1);
        bytes[length++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** A one-dimensional integer[] without nulls. */
    CopyBinary ints(int[] values) {
        arrayHeader(INT4_OID, values.length, 4);
        for (int v : values) {
            int4(4);
            int4(v);
        }
        return this;
    }

    /** A one-dimensional bigint[] without nulls. */
    CopyBinary longs(long[] values) {
        arrayHeader(INT8_OID, values.length, 8);
        for (long v : values) {
            int4(8);
            int8(v);
        }
        return this;
    }

    /** A one-dimensional array's length and header, for elements of a fixed size. */
    private void arrayHeader(int elementOid, int count, int elementBytes) {
        int4(20 + count * (4 + elementBytes));
        int4(1); // dimensions
        int4(0); // no nulls
        int4(elementOid);
        int4(count);
        int4(1); // lower bound
    }

    /** Starts {@code COPY … FROM STDIN} on the current transaction's connection, so that it commits or rolls back with it. */
    static org.postgresql.copy.CopyIn copyIn(javax.sql.DataSource dataSource, String sql) throws java.sql.SQLException {
        return org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource)
                .unwrap(org.postgresql.PGConnection.class)
                .getCopyAPI()
                .copyIn(sql);
    }

    /** Sends the rows so far into a COPY under way and empties the buffer, which then takes more rows. */
    void sendTo(org.postgresql.copy.CopyIn copy) throws java.sql.SQLException {
        copy.writeToCopy(bytes, 0, length);
        length = 0;
    }

    /** A one-dimensional text[] without nulls. */
    CopyBinary texts(List<String> values) {
        int at = reserveLength();
        int4(1); // dimensions
        int4(0); // no nulls
        int4(TEXT_OID);
        int4(values.size());
        int4(1); // lower bound
        for (int i = 0; i < values.size(); i++) {
            int element = reserveLength();
            utf8(values.get(i));
            endLength(element);
        }
        endLength(at);
        return this;
    }

    CopyBinary bytea(byte[] value, int count) {
        int4(count);
        ensure(count);
        System.arraycopy(value, 0, bytes, length, count);
        length += count;
        return this;
    }

    /** The rows so far and the end of the data. */
    byte[] finish() {
        int2(-1);
        return bytes;
    }

    int length() {
        return length;
    }

    private int reserveLength() {
        ensure(4);
        length += 4;
        return length;
    }

    /** Writes the length of what follows the reserved slot, now that it is known. */
    private void endLength(int start) {
        int n = length - start;
        int at = start - 4;
        bytes[at] = (byte) (n >>> 24);
        bytes[at + 1] = (byte) (n >>> 16);
        bytes[at + 2] = (byte) (n >>> 8);
        bytes[at + 3] = (byte) n;
    }

    /** Codes and class labels are nearly always ASCII: written char by char, the rest encoded. */
    private void utf8(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                put(s.getBytes(StandardCharsets.UTF_8));
                return;
            }
            bytes[length + i] = (byte) c;
        }
        length += n;
    }

    private void int2(int v) {
        ensure(2);
        bytes[length++] = (byte) (v >>> 8);
        bytes[length++] = (byte) v;
    }

    private void int4(int v) {
        ensure(4);
        bytes[length++] = (byte) (v >>> 24);
        bytes[length++] = (byte) (v >>> 16);
        bytes[length++] = (byte) (v >>> 8);
        bytes[length++] = (byte) v;
    }

    private void int8(long v) {
        int4((int) (v >>> 32));
        int4((int) v);
    }

    private void put(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
}
