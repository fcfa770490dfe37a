package ru.opora.support.curators;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.SchoolMoved;
import ru.opora.orgunits.SchoolPathCopies;

/**
 * A moved school takes its cohort membership, curator assignments, tutor links and visits along, in the moving
 * transaction (a plain listener on purpose, see {@link SchoolMoved}).
 */
@Component
class MoveSupportOnSchoolMoved {

    static final SchoolPathCopies COPIES =
            new SchoolPathCopies("support", List.of("cohort_school", "assignment", "tutor_link", "visit"));

    private final JdbcClient jdbc;

    MoveSupportOnSchoolMoved(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SchoolMoved moved) {
        COPIES.follow(moved, jdbc);
    }
}
