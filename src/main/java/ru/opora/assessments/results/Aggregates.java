package ru.opora.assessments.results;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.opora.orgunits.OrgPath;

/**
 * Stored aggregates (see {@link ResultAggregate}) per class, school, municipality and region, and
 * their roll-up: a parent's row is the sum of its schools' rows, recomputed after an import.
 */
@Repository
public class Aggregates {

    /** Where an aggregate belongs: an org unit (and, below a school, a class) and the ОВЗ group. */
    public record Key(UUID orgUnitId, int level, OrgPath path, String classLabel, boolean ovz) {}

    private static final String COLUMNS = "participants, primary_sum, marks, histogram, task_sums, journal";

    private final JdbcClient jdbc;
    private final javax.sql.DataSource dataSource;

    Aggregates(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    void deleteSchools(UUID assessmentId, Collection<UUID> schoolIds) {
        jdbc.sql("delete from assessments.result_aggregate where assessment_id = ? and org_unit_id = any(?)")
                .param(assessmentId)
                .param(schoolIds.toArray(UUID[]::new))
                .update();
    }

    /** Writes new aggregates (keys not stored yet) with one COPY: a region's import writes a hundred thousand classes. */
    void copyAll(UUID assessmentId, java.util.Map<Key, ResultAggregate> rows) {
        if (rows.isEmpty()) return;
        // the partition keys (V10): the assessment's year, and each row's region from its path
        int year = jdbc.sql("select year from assessments.assessment where id = ?")
                .param(assessmentId)
                .query(Integer.class)
                .single();
        String sql = "copy assessments.result_aggregate (year, region_id, assessment_id, org_unit_id, org_level,"
                + " org_path, class_label, ovz, " + COLUMNS + ") from stdin with (format binary)";
        try {
            // binary: the server takes the arrays as they are instead of parsing their text
            var copyIn = CopyBinary.copyIn(dataSource, sql);
            try {
                var copy = new CopyBinary(SENT_AT + (1 << 16));
                for (var e : rows.entrySet()) {
                    row(copy, year, assessmentId, e.getKey(), e.getValue());
                    if (copy.length() >= SENT_AT) copy.sendTo(copyIn);
                }
                copy.finish();
                copy.sendTo(copyIn);
                copyIn.endCopy();
            } finally {
                if (copyIn.isActive()) copyIn.cancelCopy();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of aggregates failed", e);
        }
    }

    /** Bytes of rows sent at a time, so that a large region's aggregates need no more memory than this. */
    private static final int SENT_AT = 1 << 20;

    private static void row(CopyBinary copy, int year, UUID assessmentId, Key k, ResultAggregate a) {
        copy.row(14)
                .smallint(year)
                .uuid(k.path().regionId())
                .uuid(assessmentId)
                .uuid(k.orgUnitId())
                .smallint(k.level())
                .text(k.path().value())
                .text(k.classLabel())
                .bool(k.ovz())
                .integer(a.participants())
                .bigint(a.primarySum())
                .ints(a.marks())
                .ints(a.primaryHistogram())
                .longs(a.taskSums())
                .ints(a.journal());
    }

    /**
     * The aggregates of a school's classes, per class label, computed from the classes' work blocks:
     * a class's block is its works in under a kilobyte, so reading it costs no more than reading a
     * stored aggregate, and an import writes a tenth fewer rows.
     *
     * @param ovzGroups which ОВЗ groups count: {false}, {true} or both
     */
    public java.util.Map<String, ResultAggregate> classes(
            ru.opora.assessments.catalogue.Assessment a, UUID schoolId, boolean[] ovzGroups) {
        var result = new java.util.TreeMap<String, ResultAggregate>();
        classesOf(a, java.util.List.of(schoolId), ovzGroups)
                .forEach((key, sum) -> result.put(key.substring(key.indexOf('|') + 1), sum));
        return result;
    }

    /**
     * Every class of the given schools, keyed «school id|class label», in one read of their work
     * blocks: how many classes a low-solve task touches across a municipality or a region.
     */
    public java.util.Map<String, ResultAggregate> classesOf(
            ru.opora.assessments.catalogue.Assessment a, java.util.List<UUID> schoolIds, boolean[] ovzGroups) {
        var result = new java.util.TreeMap<String, ResultAggregate>();
        if (schoolIds.isEmpty()) return result;
        int taskCount = a.tasks().size();
        int maxPrimary = a.maxPrimaryScore();
        // the year names the partition (V10): the other years' blocks are not planned
        jdbc.sql("""
                        select school_id, class_label, cardinality(codes) as n, scores, facts from assessments.work_block
                         where year = ? and assessment_id = ? and school_id = any(?)""").params(a.year(), a.id(), schoolIds.toArray(UUID[]::new)).query(rs -> {
            int n = rs.getInt("n");
            byte[] scores = rs.getBytes("scores");
            byte[] facts = rs.getBytes("facts");
            var sum = result.computeIfAbsent(
                    rs.getObject("school_id", UUID.class) + "|" + rs.getString("class_label"),
                    k -> new ResultAggregate(taskCount, maxPrimary));
            for (int w = 0; w < n; w++) {
                int f = w * WorkBlock.FACT_BYTES;
                boolean ovz = facts[f + 7] == 1;
                if (!(ovz ? ovzGroups[1] : ovzGroups[0])) continue;
                int primary = ((facts[f + 2] & 0xFF) << 8) | (facts[f + 3] & 0xFF);
                sum.add(primary, facts[f + 4], scores, w * taskCount, facts[f + 5]);
            }
        });
        result.values().removeIf(sum -> sum.participants() == 0);
        return result;
    }

    /** Fresh statistics for the year's partitions only (V10): the other years did not change. */
    /**
     * Refreshes the planner's statistics of the partitions holding the assessment's aggregates: a
     * region's import touches one of the year's eight, and the year of a whole country is too large
     * to sample again after each region's file.
     */
    void analyze(UUID assessmentId, int year) {
        var partitions = jdbc.sql("select distinct tableoid::regclass::text from assessments.result_aggregate"
                        + " where assessment_id = ? and year = ?")
                .param(assessmentId)
                .param(year)
                .query(String.class)
                .list();
        // names from the catalogue of tables, not from a user
        // the columns pages filter and join on; the arrays' statistics would plan nothing and took most of the time
        for (String partition : partitions)
            jdbc.sql("analyze " + partition + " (assessment_id, org_unit_id, org_level, org_path, class_label, ovz)")
                    .update();
    }

    /** The schools of the scope with results of the assessment. */
    java.util.List<UUID> schoolsWith(UUID assessmentId, ru.opora.orgunits.Scope scope) {
        if (scope.isEmpty()) return java.util.List.of();
        return jdbc.sql("select distinct org_unit_id from assessments.result_aggregate where assessment_id = ?"
                        + " and org_level = 3 and class_label = '' and (" + scope.sqlCondition("org_path") + ")")
                .params(assessmentId)
                .query(UUID.class)
                .list();
    }

    /** A municipality or the region, whose aggregates are recomputed from its schools'. */
    public record Parent(OrgPath path) {

        public UUID id() {
            return path.unitId();
        }

        public int level() {
            return path.depth();
        }

        /** The region and the municipality a school lies in. */
        public static List<Parent> of(OrgPath school) {
            return List.of(
                    new Parent(school.region()),
                    new Parent(school.municipality().orElseThrow()));
        }
    }

    /**
     * Recomputes the rows of the parents (municipalities and their region) from their schools'
     * rows, per ОВЗ group: the schools' rows are read once, summed here and written with one COPY.
     */
    void rollUp(UUID assessmentId, Collection<Parent> parents, int taskCount, int maxPrimary) {
        rollUp(assessmentId, parents, taskCount, maxPrimary, java.util.Map.of());
    }

    /**
     * As {@link #rollUp(UUID, Collection, int, int)}, with the school rows an import has just
     * written still in memory ({@code written}): only the other schools' rows are read back.
     */
    void rollUp(
            UUID assessmentId,
            Collection<Parent> parents,
            int taskCount,
            int maxPrimary,
            java.util.Map<Key, ResultAggregate> written) {
        if (parents.isEmpty()) return;
        var byId = new java.util.HashMap<UUID, Parent>();
        parents.forEach(p -> byId.put(p.id(), p));
        var sums = new java.util.LinkedHashMap<Key, ResultAggregate>();
        java.util.function.BiConsumer<Key, ResultAggregate> toParents = (school, aggregate) -> {
            for (UUID unit : school.path().parent().orElseThrow().ids()) {
                Parent p = byId.get(unit);
                if (p == null) continue;
                sums.computeIfAbsent(
                                new Key(p.id(), p.level(), p.path(), "", school.ovz()),
                                k -> new ResultAggregate(taskCount, maxPrimary))
                        .addAll(aggregate);
            }
        };
        written.forEach(toParents);
        UUID[] known = written.keySet().stream().map(Key::orgUnitId).distinct().toArray(UUID[]::new);
        // the parents' subtrees, each read once (a region's covers its municipalities)
        var subtrees =
                ru.opora.orgunits.Scope.of(parents.stream().map(Parent::path).toList());
        jdbc.sql("select org_unit_id, org_path, ovz, " + COLUMNS + """
                         from assessments.result_aggregate
                        where assessment_id = ? and org_level = 3 and class_label = '' and org_unit_id <> all(?)
                          and """ + subtrees.sqlCondition("org_path"))
                .params(assessmentId, known)
                .query(rs -> {
                    var school = new Key(
                            rs.getObject("org_unit_id", UUID.class),
                            3,
                            OrgPath.parse(rs.getString("org_path")),
                            "",
                            rs.getBoolean("ovz"));
                    toParents.accept(school, read(rs));
                });
        jdbc.sql("delete from assessments.result_aggregate where assessment_id = ? and org_unit_id = any(?)")
                .param(assessmentId)
                .param(byId.keySet().toArray(UUID[]::new))
                .update();
        copyAll(assessmentId, sums);
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
