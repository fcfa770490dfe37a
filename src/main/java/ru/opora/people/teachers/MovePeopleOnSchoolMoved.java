package ru.opora.people.teachers;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.SchoolMoved;
import ru.opora.orgunits.SchoolPathCopies;

/**
 * A moved school takes its teachers, classes, courses, deficits, mentoring, pupils at risk, routes
 * and attendance along, in the moving transaction (a plain listener on purpose, see {@link
 * SchoolMoved}): without it the new municipality's pages of people missed the school and the old
 * one's kept it.
 */
@Component
class MovePeopleOnSchoolMoved {

    static final SchoolPathCopies COPIES = new SchoolPathCopies(
            "people",
            List.of(
                    "teacher",
                    "class_teacher",
                    "course_completion",
                    "diagnostic_skill",
                    "mentoring_pair",
                    "lesson_observation",
                    "at_risk_pupil",
                    "at_risk_count",
                    "pupil_route",
                    "pupil_code_map",
                    "attendance"));

    private final JdbcClient jdbc;

    MovePeopleOnSchoolMoved(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SchoolMoved moved) {
        COPIES.follow(moved, jdbc);
    }
}
