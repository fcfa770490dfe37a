package ru.opora.people.pupils;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.opora.assessments.AssessmentResultsImported;
import ru.opora.assessments.AssessmentResultsWithdrawn;

/** New or withdrawn results of a school re-measure its routes: the next work is what a route is judged by. */
@Component
class RemeasureOnResults {

    private final JdbcClient jdbc;
    private final RouteMeasures measures;

    RemeasureOnResults(JdbcClient jdbc, RouteMeasures measures) {
        this.jdbc = jdbc;
        this.measures = measures;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AssessmentResultsImported event) {
        remeasure(event.schoolIds());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AssessmentResultsWithdrawn event) {
        remeasure(event.schoolIds());
    }

    private void remeasure(List<UUID> schoolIds) {
        if (schoolIds.isEmpty()) return;
        var withRoutes = jdbc.sql("select distinct school_id from people.pupil_route where school_id = any(?)")
                .param(schoolIds.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
        withRoutes.forEach(measures::remeasure);
    }
}
