package ru.opora.assessments.results;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored aggregates (see {@link ResultAggregate}) per class, school, municipality and region, and
 * their roll-up: a parent's row is the sum of its schools' rows, recomputed after an import.
 */
@Repository
public class Aggregates {

    /** Where an aggregate belongs: an org unit (and, below a school, a class) and the ОВЗ group. */
    public record Key(UUID orgUnitId, int level, String path, String classLabel, boolean ovz) {}

    private static final String COLUMNS = "participants, primary_sum, marks, histogram, task_sums, journal";

    private static final String UPSERT = """
            insert into assessments.result_aggregate (assessment_id, org_unit_id, org_level, org_path, class_label, ovz,
                participants, primary_sum, marks, histogram, task_sums, journal)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (assessment_id, org_unit_id, class_label, ovz) do update set org_path = excluded.org_path,
                participants = excluded.participants, primary_sum = excluded.primary_sum, marks = excluded.marks,
                histogram = excluded.histogram, task_sums = excluded.task_sums, journal = excluded.journal
            """;

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    Aggregates(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Saves many aggregates in one batch: an import of a whole region writes thousands. */
    void saveAll(UUID assessmentId, java.util.Map<Key, ResultAggregate> rows) {
        var args = new java.util.ArrayList<Object[]>(rows.size());
        rows.forEach((k, a) -> args.add(new Object[] {
            assessmentId,
            k.orgUnitId(),
            k.level(),
            k.path(),
            k.classLabel(),
            k.ovz(),
            a.participants(),
            a.primarySum(),
            a.marks(),
            a.primaryHistogram(),
            a.taskSums(),
            a.journal()
        }));
        batch.batchUpdate(UPSERT, args);
    }

    void deleteSchools(UUID assessmentId, Collection<UUID> schoolIds) {
        jdbc.sql("delete from assessments.result_aggregate where assessment_id = ? and org_unit_id = any(?)")
                .param(assessmentId)
                .param(schoolIds.toArray(UUID[]::new))
                .update();
    }

    void save(UUID assessmentId, Key key, ResultAggregate a) {
        saveAll(assessmentId, java.util.Map.of(key, a));
    }

    /** Recomputes the row of a municipality or region from its schools' rows, one per ОВЗ group. */
    void rollUp(UUID assessmentId, UUID unitId, int level, String path, int taskCount, int maxPrimary) {
        for (boolean ovz : new boolean[] {false, true}) {
            var sum = new ResultAggregate(taskCount, maxPrimary);
            List<ResultAggregate> schools = jdbc.sql("select " + COLUMNS + """
                             from assessments.result_aggregate
                            where assessment_id = ? and org_level = 3 and class_label = '' and ovz = ? and org_path like ?
                            """)
                    .params(assessmentId, ovz, path + "%")
                    .query((rs, n) -> read(rs))
                    .list();
            schools.forEach(sum::addAll);
            if (sum.participants() > 0) save(assessmentId, new Key(unitId, level, path, "", ovz), sum);
            else
                jdbc.sql(
                                "delete from assessments.result_aggregate where assessment_id = ? and org_unit_id = ? and ovz = ?")
                        .params(assessmentId, unitId, ovz)
                        .update();
        }
    }

    public static ResultAggregate read(ResultSet rs) throws SQLException {
        return ResultAggregate.of(
                rs.getInt("participants"),
                rs.getLong("primary_sum"),
                ints(rs.getArray("marks")),
                ints(rs.getArray("histogram")),
                longs(rs.getArray("task_sums")),
                ints(rs.getArray("journal")));
    }

    private static int[] ints(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) result[i] = ((Number) values[i]).intValue();
        return result;
    }

    private static long[] longs(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        long[] result = new long[values.length];
        for (int i = 0; i < values.length; i++) result[i] = ((Number) values[i]).longValue();
        return result;
    }
}
