package ru.opora.assessments.results;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.orgunits.SchoolMoved;

/**
 * A moved school takes its results along: its aggregates and ОГЭ/ЕГЭ lines get its new path, and
 * the two municipalities' aggregates are summed again from their schools, in the moving transaction
 * (a plain listener on purpose, see {@link SchoolMoved}).
 */
@Component
class MoveResultsOnSchoolMoved {

    private final JdbcClient jdbc;
    private final Aggregates aggregates;
    private final Catalogue catalogue;

    MoveResultsOnSchoolMoved(JdbcClient jdbc, Aggregates aggregates, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.aggregates = aggregates;
        this.catalogue = catalogue;
    }

    @EventListener
    void on(SchoolMoved moved) {
        var assessments = new LinkedHashSet<UUID>(jdbc.sql("""
                        update assessments.result_aggregate set org_path = ? where org_unit_id = ? and org_level = 3
                        returning assessment_id""")
                .params(moved.to(), moved.schoolId())
                .query(UUID.class)
                .list());
        jdbc.sql("update assessments.gia_result set school_path = ? where school_id = ?")
                .params(moved.to(), moved.schoolId())
                .update();
        var municipalities = List.of(
                new Aggregates.Parent(moved.from().parent().orElseThrow()),
                new Aggregates.Parent(moved.to().parent().orElseThrow()));
        for (UUID id : assessments)
            catalogue
                    .find(id)
                    .ifPresent(a ->
                            aggregates.rollUp(a.id(), municipalities, a.tasks().size(), a.maxPrimaryScore()));
    }
}
