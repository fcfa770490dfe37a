package ru.opora.assessments.results;

import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Writes work blocks into {@code work_block} with one binary COPY per batch. A batch is encoded by
 * the thread reading the file and sent by the writing thread, so that the writing thread does
 * nothing but feed PostgreSQL, the slower side of an import.
 */
final class BlockCopy {

    private static final String COPY = """
            copy assessments.work_block (year, region_id, assessment_id, school_id, class_label, import_number, block,
                                         codes, scores, facts)
            from stdin with (format binary)""";

    private static final int FIELDS = 10;

    /**
     * Where an import's blocks go: its assessment and that assessment's year, the import's number,
     * and each school's region (the year and the region are the table's partition keys).
     */
    record Target(UUID assessmentId, int year, long importNumber, Function<UUID, UUID> regionOf) {}

    /** A batch of blocks as COPY's bytes. */
    record Encoded(byte[] bytes, int length) {}

    private BlockCopy() {}

    /** The blocks as COPY's rows, numbered from {@code firstNumber} on, in {@code reused} when it is large enough. */
    static Encoded encode(Target target, Collection<WorkBlock> blocks, int firstNumber, byte @Nullable [] reused) {
        int expected = 64;
        for (WorkBlock b : blocks) expected += 128 + b.scoreBytes() + b.factBytes() + 16 * b.size();
        var copy = new CopyBinary(reused, expected);
        int number = firstNumber;
        for (WorkBlock b : blocks) {
            copy.row(FIELDS)
                    .smallint(target.year())
                    .uuid(target.regionOf().apply(b.school))
                    .uuid(target.assessmentId())
                    .uuid(b.school)
                    .text(b.classLabel)
                    .bigint(target.importNumber())
                    .integer(number++)
                    .texts(b.codes)
                    .bytea(b.scores(), b.scoreBytes())
                    .bytea(b.facts(), b.factBytes());
        }
        byte[] bytes = copy.finish();
        return new Encoded(bytes, copy.length());
    }

    /** Sends an encoded batch on the current transaction's connection (so rolled back with it). */
    static void write(DataSource dataSource, Encoded batch) throws SQLException {
        var copy = CopyBinary.copyIn(dataSource, COPY);
        try {
            copy.writeToCopy(batch.bytes(), 0, batch.length());
            copy.endCopy();
        } finally {
            if (copy.isActive()) copy.cancelCopy();
        }
    }
}
