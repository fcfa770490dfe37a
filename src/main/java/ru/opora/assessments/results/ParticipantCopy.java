package ru.opora.assessments.results;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Streams works into {@code participant_result} with PostgreSQL's COPY on the current
 * transaction's connection: the fastest way in, and rolled back with the transaction.
 */
final class ParticipantCopy implements Closeable {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int FLUSH_AT = 256 * 1024;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private final String assessment;
    private final java.util.Map<UUID, String> schoolIds = new java.util.HashMap<>();

    ParticipantCopy(DataSource dataSource, UUID assessmentId) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy assessments.participant_result (assessment_id, school_id, participant_code, class_label, variant, scores,
                    primary_score, mark, journal_mark, gender, ovz) from stdin""");
        this.assessment = assessmentId.toString();
    }

    void add(UUID schoolId, ScoredWork w) throws SQLException {
        Participant p = w.participant();
        // a UUID's text is built once per school, not once per work
        buffer.append(assessment)
                .append('\t')
                .append(schoolIds.computeIfAbsent(schoolId, UUID::toString))
                .append('\t');
        text(p.code());
        buffer.append('\t');
        text(p.classLabel());
        buffer.append('\t').append(p.variant()).append("\t\\\\x");
        for (byte b : w.scores()) buffer.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        buffer.append('\t')
                .append(w.primaryScore())
                .append('\t')
                .append(w.mark())
                .append('\t');
        buffer.append(p.journalMark() == null ? "\\N" : p.journalMark().toString())
                .append('\t');
        buffer.append(p.gender() == null ? "\\N" : p.gender())
                .append('\t')
                .append(p.ovz() ? 't' : 'f')
                .append('\n');
        if (buffer.length() >= FLUSH_AT) flush();
    }

    /** COPY's text format: backslash, tab and line breaks are escaped. */
    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
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
}
