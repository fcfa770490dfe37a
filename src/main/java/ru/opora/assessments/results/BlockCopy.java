package ru.opora.assessments.results;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/** Writes work blocks into {@code work_block} with one COPY per batch. */
final class BlockCopy {

    private static final String COPY = """
            copy assessments.work_block (year, region_id, assessment_id, school_id, class_label, import_number, block,
                                         codes, scores, facts)
            from stdin""";

    /**
     * Where an import's blocks go: its assessment and that assessment's year, the import's number,
     * and each school's region (the year and the region are the table's partition keys).
     */
    record Target(UUID assessmentId, int year, long importNumber, Function<UUID, UUID> regionOf) {}

    private BlockCopy() {}

    /** Writes the blocks, numbered from {@code firstNumber} on. */
    static void write(DataSource dataSource, Target target, Collection<WorkBlock> blocks, int firstNumber)
            throws SQLException {
        byte[] assessment = ascii(target.assessmentId().toString());
        // a UUID's text is built once per school, not once per block
        Map<UUID, byte[]> schools = new HashMap<>();
        Map<UUID, byte[]> regions = new HashMap<>();
        try (var copy = new CopyText(dataSource, COPY)) {
            int number = firstNumber;
            for (WorkBlock b : blocks) {
                copy.number(target.year())
                        .ascii(regions.computeIfAbsent(
                                b.school, s -> ascii(target.regionOf().apply(s).toString())))
                        .ascii(assessment)
                        .ascii(schools.computeIfAbsent(b.school, s -> ascii(s.toString())))
                        .text(b.classLabel)
                        .number(target.importNumber())
                        .number(number++)
                        .texts(b.codes)
                        .hex(b.scores(), b.scoreBytes())
                        .hex(b.facts(), b.factBytes())
                        .endRow();
            }
            copy.finish();
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
