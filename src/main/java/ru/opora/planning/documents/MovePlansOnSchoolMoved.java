package ru.opora.planning.documents;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.SchoolMoved;
import ru.opora.orgunits.SchoolPathCopies;

/**
 * A moved school takes its documents and measures along, in the moving
 * transaction (a plain listener on purpose, see {@link SchoolMoved}).
 */
@Component
class MovePlansOnSchoolMoved {

    static final SchoolPathCopies COPIES = new SchoolPathCopies("planning", List.of("document", "measure"));

    private final JdbcClient jdbc;

    MovePlansOnSchoolMoved(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SchoolMoved moved) {
        COPIES.follow(moved, jdbc);
    }
}
