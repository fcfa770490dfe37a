package ru.opora.assessments;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.catalogue.Difficulty;
import ru.opora.assessments.catalogue.Task;
import ru.opora.assessments.results.Aggregates;
import ru.opora.assessments.results.ResultAggregate;
import ru.opora.orgunits.OrgPath;

/**
 * What other modules read of the results: a region's year of school aggregates and ОГЭ/ЕГЭ lines,
 * as plain counts. Identification and the objectivity analysis work from these, never from works,
 * so a region's year costs one pass over its school rows.
 */
@Component
public class SchoolResults {

    /** An assessment as the analysis needs it: thresholds of marks 3–5, task maxima and levels. */
    public record AssessmentFacts(
            UUID id,
            AssessmentKind kind,
            int year,
            String subjectCode,
            String subjectName,
            int grade,
            int maxPrimary,
            int[] thresholds,
            int[] taskMax,
            boolean[] advanced) {}

    /**
     * One school's aggregate of an assessment, both ОВЗ groups together.
     *
     * @param marks counts of «2»…«5»
     * @param journal counts of ВПР marks below, equal to and above the journal mark
     */
    public record SchoolAggregate(
            UUID schoolId,
            OrgPath schoolPath,
            int participants,
            int[] marks,
            int[] histogram,
            long[] taskSums,
            int[] journal) {}

    /** One school's ОГЭ or ЕГЭ line. */
    public record SchoolExam(
            UUID schoolId,
            String exam,
            String subjectCode,
            String subjectName,
            int participants,
            int belowMinimum,
            double meanScore) {}

    /** The region's total of an assessment: its fingerprint tells a run whether the data changed since. */
    public record RegionTotal(UUID assessmentId, int participants, long primarySum) {}

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final ru.opora.assessments.analysis.LowTaskRules rules;

    SchoolResults(JdbcClient jdbc, Catalogue catalogue, ru.opora.assessments.analysis.LowTaskRules rules) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.rules = rules;
    }

    /**
     * Whether a task is low in an area by the region's rule (§6.2): below the absolute threshold or
     * far enough below the region, on a group large enough to count.
     */
    public boolean lowTask(OrgPath area, int participants, double rate, double regionRate) {
        var rule = rules.forPath(area).rule();
        return rule.counts(participants) && rule.isLow(rate, regionRate);
    }

    /** The skill each task checks, by position, as the catalogue words it (empty where it does not say). */
    public List<String> skills(UUID assessmentId) {
        return catalogue
                .find(assessmentId)
                .map(a -> a.tasks().stream()
                        .map(t -> t.skill() == null ? "" : t.skill())
                        .toList())
                .orElse(List.of());
    }

    /**
     * A region's id written into a statement on the partitioned aggregates. Bound, it left the
     * partitions to be chosen at each execution: in a country of 85 regions such a plan costs more
     * than one made for the region, so PostgreSQL planned the statement at every call (0.75–0.78 ms a
     * call on a region's curators page; never on the demo, whose other partitions are empty). A
     * {@link UUID}'s text is hex digits and dashes only.
     */
    static String partitionKey(UUID regionId) {
        return "'" + regionId + "'::uuid";
    }

    /** Years with ВПР or regional diagnostic results in the region, newest first. */
    public List<Integer> years(OrgPath regionPath) {
        return jdbc.sql("""
                        select distinct a.year from assessments.assessment a
                        where a.kind in ('VPR', 'REGIONAL') and exists (select 1 from assessments.result_aggregate r
                            where r.region_id = %s and r.assessment_id = a.id and r.org_level = 1 and r.org_path = ?)
                        order by a.year desc""".formatted(partitionKey(regionPath.regionId())))
                .params(regionPath.value())
                .query((rs, n) -> rs.getInt(1))
                .list();
    }

    /** The year's ВПР with results in the region, with the region's totals. */
    public List<AssessmentFacts> assessments(OrgPath regionPath, int year) {
        var ids = jdbc.sql("""
                        select a.id from assessments.assessment a
                        where a.kind = 'VPR' and a.year = ? and exists (select 1 from assessments.result_aggregate r
                            where r.year = ? and r.region_id = ? and r.assessment_id = a.id and r.org_level = 1
                                and r.org_path = ?)
                        order by a.subject_code, a.grade""")
                .params(year, year, regionPath.regionId(), regionPath.value())
                .query(UUID.class)
                .list();
        return catalogue.findAll(ids).stream().map(SchoolResults::facts).toList();
    }

    /** The ВПР of a year, subject and grade, if the catalogue has it. */
    public java.util.Optional<AssessmentFacts> vpr(int year, String subjectCode, int grade) {
        return catalogue.idOf(AssessmentKind.VPR, year, subjectCode, grade).flatMap(this::facts);
    }

    /** One assessment's facts, whatever its results. */
    public java.util.Optional<AssessmentFacts> facts(UUID assessmentId) {
        return catalogue.find(assessmentId).map(SchoolResults::facts);
    }

    public RegionTotal regionTotal(UUID assessmentId, OrgPath regionPath) {
        return jdbc.sql("""
                        select coalesce(sum(participants), 0) as participants, coalesce(sum(primary_sum), 0) as primary_sum
                        from assessments.result_aggregate
                        where region_id = ? and assessment_id = ? and org_level = 1 and org_path = ?""")
                .params(regionPath.regionId(), assessmentId, regionPath.value())
                .query((rs, n) -> new RegionTotal(assessmentId, rs.getInt("participants"), rs.getLong("primary_sum")))
                .single();
    }

    /** Every school's aggregate of the assessment in the region, streamed. */
    public void forEachSchool(UUID assessmentId, OrgPath regionPath, Consumer<SchoolAggregate> consumer) {
        var pending = new SchoolAggregate[1];
        var sum = new ResultAggregate[1];
        jdbc.sql("""
                        select org_unit_id, org_path, participants, primary_sum, marks, histogram, task_sums, journal
                        from assessments.result_aggregate
                        where region_id = ? and assessment_id = ? and org_level = 3 and class_label = '' and org_path like ?
                        order by org_unit_id""")
                .params(regionPath.regionId(), assessmentId, regionPath.likePattern())
                .query(rs -> {
                    UUID school = rs.getObject("org_unit_id", UUID.class);
                    var aggregate = Aggregates.read(rs);
                    if (pending[0] != null && pending[0].schoolId().equals(school)) {
                        sum[0].addAll(aggregate); // the school's other ОВЗ group
                    } else {
                        if (pending[0] != null) consumer.accept(of(pending[0], sum[0]));
                        pending[0] = new SchoolAggregate(
                                school,
                                OrgPath.parse(rs.getString("org_path")),
                                0,
                                new int[0],
                                new int[0],
                                new long[0],
                                new int[0]);
                        sum[0] = aggregate;
                    }
                });
        if (pending[0] != null) consumer.accept(of(pending[0], sum[0]));
    }

    /** A school's «2» and works in one of the year's ВПР, beside the region's share of «2» in it, per cent. */
    public record TwosShare(
            String subjectCode, String subjectName, UUID schoolId, long twos, long works, double regionShare) {}

    /**
     * For each of the year's ВПР and each of the given schools that wrote it: its «2» and works
     * and the region's share of «2» in that ВПР, read from the region's own aggregate rows — one
     * statement whose cost follows the schools asked about, not the region's size.
     */
    public List<TwosShare> twosBySchool(OrgPath regionPath, int year, java.util.Collection<UUID> schools) {
        if (schools.isEmpty()) return List.of();
        // Each part is computed once (materialized): inlined, the region's sums were read again for
        // every school row in a country's partitions. The schools' rows are read from the index
        // that holds their marks (migration assessments V14) for every assessment of the year and
        // kept by the join to the region's ВПР rows: found through the year's ВПР instead, they
        // were read from the table (region's ШНОР: 9.7 ms on the demo, 11.9 in the country; 1.9 and
        // 2.5 ms so).
        return jdbc.sql("""
                        with vpr as materialized (
                            select id, subject_code, subject_name from assessments.assessment where kind = 'VPR' and year = ?),
                        region as materialized (
                            select vpr.id, vpr.subject_code, vpr.subject_name,
                                   sum(r.marks[1])::bigint as twos, sum(r.participants)::bigint as works
                            from vpr join assessments.result_aggregate r on r.assessment_id = vpr.id
                            where r.year = %2$d and r.region_id = %1$s and r.org_level = 1 and r.org_unit_id = ? and r.class_label = ''
                            group by vpr.id, vpr.subject_code, vpr.subject_name),
                        s as materialized (
                            select r.assessment_id as id, r.org_unit_id,
                                   sum(r.marks[1])::bigint as twos, sum(r.participants)::bigint as works
                            from assessments.result_aggregate r
                            where r.year = %2$d and r.region_id = %1$s and r.org_level = 3 and r.class_label = ''
                                and r.org_unit_id = any(?)
                            group by r.assessment_id, r.org_unit_id)
                        select region.subject_code, region.subject_name, s.org_unit_id, s.twos, s.works,
                               coalesce(100.0 * region.twos / nullif(region.works, 0), 0)
                        from s join region using (id)""".formatted(partitionKey(regionPath.regionId()), year))
                .params(year, regionPath.unitId(), schools.toArray(UUID[]::new))
                .query((rs, n) -> new TwosShare(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getDouble(6)))
                .list();
    }

    /** The year's ОГЭ and ЕГЭ lines of the region's schools. */
    public List<SchoolExam> exams(OrgPath regionPath, int year) {
        return jdbc.sql("""
                        select school_id, exam, subject_code, subject_name, participants, below_minimum, mean_score
                        from assessments.gia_result where year = ? and school_path like ?""")
                .params(year, regionPath.likePattern())
                .query((rs, n) -> new SchoolExam(
                        rs.getObject("school_id", UUID.class),
                        rs.getString("exam"),
                        rs.getString("subject_code"),
                        rs.getString("subject_name"),
                        rs.getInt("participants"),
                        rs.getInt("below_minimum"),
                        rs.getBigDecimal("mean_score").doubleValue()))
                .list();
    }

    private static SchoolAggregate of(SchoolAggregate school, ResultAggregate a) {
        return new SchoolAggregate(
                school.schoolId(),
                school.schoolPath(),
                a.participants(),
                a.marks(),
                a.primaryHistogram(),
                a.taskSums(),
                a.journal());
    }

    private static AssessmentFacts facts(Assessment a) {
        int[] taskMax = new int[a.tasks().size()];
        boolean[] advanced = new boolean[a.tasks().size()];
        for (Task t : a.tasks()) {
            taskMax[t.position()] = t.maxScore();
            advanced[t.position()] = t.difficulty() != Difficulty.BASIC;
        }
        return new AssessmentFacts(
                a.id(),
                a.kind(),
                a.year(),
                a.subjectCode(),
                a.subjectName(),
                a.grade(),
                a.maxPrimaryScore(),
                new int[] {
                    a.scale().threshold(3), a.scale().threshold(4), a.scale().threshold(5)
                },
                taskMax,
                advanced);
    }
}
