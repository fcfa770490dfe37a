package ru.opora.assessments.results;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Saved mappings of file headers to catalogue tasks, per assessment and region: set by the region's
 * administrators, audited, applied to the files of that region only.
 */
@Repository
public class ColumnMappings {

    private final JdbcClient jdbc;
    private final ru.opora.identity.AuditLog audit;

    ColumnMappings(JdbcClient jdbc, ru.opora.identity.AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Normalised header → task number, as the region set them. */
    Map<String, String> of(UUID assessmentId, UUID regionId) {
        var map = new HashMap<String, String>();
        jdbc.sql("select header, task_number from assessments.column_mapping where assessment_id = ? and region_id = ?")
                .params(assessmentId, regionId)
                .query(rs -> {
                    map.put(rs.getString("header"), rs.getString("task_number"));
                });
        return map;
    }

    /** Saves the region's mapping; only a region-wide scope may (a school's mapping would bind its region). */
    @org.springframework.transaction.annotation.Transactional
    public void save(UUID assessmentId, ru.opora.orgunits.Scope scope, String header, String taskNumber, String actor) {
        if (!scope.isRegionWide())
            throw new org.springframework.security.access.AccessDeniedException(
                    "a region's administrators map columns");
        String normalised = ResultColumns.normalise(header);
        jdbc.sql("""
                        insert into assessments.column_mapping (assessment_id, region_id, header, task_number, created_by) values (?, ?, ?, ?, ?)
                        on conflict (assessment_id, region_id, header) do update set task_number = excluded.task_number, created_by = excluded.created_by
                        """)
                .params(assessmentId, scope.regionId(), normalised, taskNumber, actor)
                .update();
        audit.record(new ru.opora.identity.AuditLog.Change(
                actor,
                scope.region(),
                "COLUMN_MAPPING",
                assessmentId + "/" + normalised,
                normalised + " → " + taskNumber,
                "UPDATE",
                null,
                Map.of("header", normalised, "task", taskNumber)));
    }
}
