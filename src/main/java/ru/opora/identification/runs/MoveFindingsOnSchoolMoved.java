package ru.opora.identification.runs;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.SchoolMoved;
import ru.opora.orgunits.SchoolPathCopies;

/**
 * A moved school takes its verdicts, flags, ШНОР status and recorded facts along, in the moving
 * transaction (a plain listener on purpose, see {@link SchoolMoved}).
 */
@Component
class MoveFindingsOnSchoolMoved {

    static final SchoolPathCopies COPIES = new SchoolPathCopies(
            "identification",
            List.of(
                    "run_school",
                    "objectivity_flag",
                    "shnor_status",
                    "recheck",
                    "federal_list",
                    "observation",
                    "social_index"));

    private final JdbcClient jdbc;

    MoveFindingsOnSchoolMoved(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SchoolMoved moved) {
        COPIES.follow(moved, jdbc);
    }
}
