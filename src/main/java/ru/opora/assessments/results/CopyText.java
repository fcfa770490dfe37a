package ru.opora.assessments.results;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A row writer for PostgreSQL's COPY … FROM STDIN in text format, on the current transaction's
 * connection (so rolled back with it). Values go straight into the bytes sent, without a String
 * per row. The aggregates go this way; the work blocks, mostly bytes, in the binary format
 * ({@link CopyBinary}).
 */
final class CopyText implements Closeable {

    private static final int FLUSH_AT = 256 * 1024;

    private final CopyIn copy;
    private byte[] buffer = new byte[FLUSH_AT + 8192];
    private int length;
    private boolean firstField = true;

    CopyText(DataSource dataSource, String copySql) throws SQLException {
        this.copy = DataSourceUtils.getConnection(dataSource)
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn(copySql);
    }

    CopyText ascii(byte[] bytes) {
        separate();
        put(bytes);
        return this;
    }

    CopyText text(String s) {
        separate();
        for (int j = 0; j < s.length(); j++) {
            char c = s.charAt(j);
            if (Character.isHighSurrogate(c) && j + 1 < s.length()) escaped(s.codePointAt(j++));
            else escaped(c);
        }
        return this;
    }

    CopyText number(long n) {
        separate();
        put(Long.toString(n).getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    CopyText bool(boolean b) {
        separate();
        put(b ? 't' : 'f');
        return this;
    }

    CopyText ints(int[] values) {
        return longs(java.util.Arrays.stream(values).asLongStream().toArray());
    }

    CopyText longs(long[] values) {
        separate();
        put('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) put(',');
            digits(values[i]);
        }
        put('}');
        return this;
    }

    void endRow() throws SQLException {
        put('\n');
        firstField = true;
        if (length >= FLUSH_AT) flush();
    }

    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() {
        try {
            if (copy.isActive()) copy.cancelCopy();
        } catch (SQLException e) {
            // the transaction is rolled back anyway
        }
    }

    private void separate() {
        if (!firstField) put('\t');
        firstField = false;
    }

    private void digits(long n) {
        if (n >= 0 && n < 10) put((char) ('0' + n));
        else put(Long.toString(n).getBytes(StandardCharsets.US_ASCII));
    }

    /** COPY's text format: backslash, tab and line breaks are escaped. */
    private void escaped(int c) {
        switch (c) {
            case '\\' -> {
                put('\\');
                put('\\');
            }
            case '\t' -> {
                put('\\');
                put('t');
            }
            case '\n' -> {
                put('\\');
                put('n');
            }
            case '\r' -> {
                put('\\');
                put('r');
            }
            default -> {
                if (c < 0x80) put((char) c);
                else put(Character.toString(c).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void put(char c) {
        ensure(1);
        buffer[length++] = (byte) c;
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(int more) {
        if (length + more > buffer.length)
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }

    private void flush() throws SQLException {
        copy.writeToCopy(buffer, 0, length);
        length = 0;
    }
}
