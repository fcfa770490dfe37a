package ru.opora.assessments.results;

import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Participants' works as stored: counted, deleted and COPYed per school and assessment. */
@Repository
class Works {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    Works(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    Map<UUID, Long> countBySchool(UUID assessmentId, Collection<UUID> schoolIds) {
        var counts = new HashMap<UUID, Long>();
        jdbc.sql(
                        "select school_id, count(*) as n from assessments.participant_result where assessment_id = ? and school_id = any(?) group by school_id")
                .param(assessmentId)
                .param(schoolIds.toArray(UUID[]::new))
                .query(rs -> {
                    counts.put(rs.getObject("school_id", UUID.class), rs.getLong("n"));
                });
        return counts;
    }

    void delete(UUID assessmentId, Collection<UUID> schoolIds) {
        jdbc.sql("delete from assessments.participant_result where assessment_id = ? and school_id = any(?)")
                .param(assessmentId)
                .param(schoolIds.toArray(UUID[]::new))
                .update();
    }

    ParticipantCopy copy(UUID assessmentId) throws SQLException {
        return new ParticipantCopy(dataSource, assessmentId);
    }
}
