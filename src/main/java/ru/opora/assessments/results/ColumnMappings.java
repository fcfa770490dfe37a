package ru.opora.assessments.results;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saved mappings of file headers to catalogue tasks, per assessment. */
@Repository
public class ColumnMappings {

    private final JdbcClient jdbc;

    ColumnMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Normalised header → task number. */
    Map<String, String> of(UUID assessmentId) {
        var map = new HashMap<String, String>();
        jdbc.sql("select header, task_number from assessments.column_mapping where assessment_id = ?")
                .param(assessmentId)
                .query(rs -> {
                    map.put(rs.getString("header"), rs.getString("task_number"));
                });
        return map;
    }

    public void save(UUID assessmentId, String header, String taskNumber, String actor) {
        jdbc.sql("""
                        insert into assessments.column_mapping (assessment_id, header, task_number, created_by) values (?, ?, ?, ?)
                        on conflict (assessment_id, header) do update set task_number = excluded.task_number, created_by = excluded.created_by
                        """)
                .params(assessmentId, ResultColumns.normalise(header), taskNumber, actor)
                .update();
    }
}
