package ru.opora.risk.profiles;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.SchoolMoved;
import ru.opora.orgunits.SchoolPathCopies;

/**
 * A moved school takes its questionnaire data, imported levels, risk profiles and self-diagnoses along, in the moving
 * transaction (a plain listener on purpose, see {@link SchoolMoved}).
 */
@Component
class MoveRisksOnSchoolMoved {

    static final SchoolPathCopies COPIES =
            new SchoolPathCopies("risk", List.of("response_summary", "imported_level", "profile", "self_diagnosis"));

    private final JdbcClient jdbc;

    MoveRisksOnSchoolMoved(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SchoolMoved moved) {
        COPIES.follow(moved, jdbc);
    }
}
