package ru.opora.assessments.results;

import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Participants' works as stored, in blocks (see {@link WorkBlock}): counted, replaced and COPYed. */
@Repository
class Works {

    /** A participant code found twice for one school, by the database check of a very large file. */
    record Duplicate(UUID school, String code) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    Works(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    DataSource dataSource() {
        return dataSource;
    }

    long nextImportNumber() {
        return jdbc.sql("select nextval('assessments.import_number')")
                .query(Long.class)
                .single();
    }

    /**
     * Holds the assessment as the import's blocks refer to it, until the import commits: the row lock
     * a foreign key took per block, taken once (migration assessments/V11, decision 0036).
     */
    void holdAssessment(UUID assessmentId) {
        jdbc.sql("select 1 from assessments.assessment where id = ? for key share")
                .param(assessmentId)
                .query(Integer.class)
                .single();
    }

    /**
     * True when the region has works or school sums of the assessment: only then can an import
     * replace earlier results. A region's first import of an assessment (most of a national load)
     * skips the per-batch count and deletions, three statements over every partition each time.
     */
    boolean regionHasResults(UUID assessmentId, int year, UUID regionId) {
        return jdbc.sql("""
                        select exists (select 1 from assessments.work_block
                                        where year = ? and region_id = ? and assessment_id = ?)
                            or exists (select 1 from assessments.result_aggregate
                                        where year = ? and region_id = ? and assessment_id = ?)""")
                .params(year, regionId, assessmentId, year, regionId, assessmentId)
                .query(Boolean.class)
                .single();
    }

    /** How many works each school has for the assessment from imports other than this one. */
    Map<UUID, Long> countBySchool(UUID assessmentId, Collection<UUID> schoolIds, long importNumber) {
        var counts = new HashMap<UUID, Long>();
        jdbc.sql("""
                        select school_id, sum(cardinality(codes)) as n from assessments.work_block
                         where assessment_id = ? and school_id = any(?) and import_number <> ? group by school_id""")
                .param(assessmentId)
                .param(schoolIds.toArray(UUID[]::new))
                .param(importNumber)
                .query(rs -> {
                    counts.put(rs.getObject("school_id", UUID.class), rs.getLong("n"));
                });
        return counts;
    }

    /** Deletes the schools' works of the assessment written by other imports: a re-import replaces. */
    void deleteOthers(UUID assessmentId, Collection<UUID> schoolIds, long importNumber) {
        jdbc.sql("""
                        delete from assessments.work_block
                         where assessment_id = ? and school_id = any(?) and import_number <> ?""")
                .param(assessmentId)
                .param(schoolIds.toArray(UUID[]::new))
                .param(importNumber)
                .update();
    }

    void copy(BlockCopy.Encoded blocks) {
        try {
            BlockCopy.write(dataSource, blocks);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of results failed", e);
        }
    }

    /** Participant codes the import wrote twice for one school: the check of files too big to check in memory. */
    List<Duplicate> duplicates(UUID assessmentId, long importNumber, int limit) {
        return jdbc.sql("""
                        select school_id, code from (
                            select school_id, unnest(codes) as code from assessments.work_block
                             where assessment_id = ? and import_number = ?) w
                         group by school_id, code having count(*) > 1
                         order by school_id, code limit ?""")
                .params(assessmentId, importNumber, limit)
                .query((rs, n) -> new Duplicate(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }
}
