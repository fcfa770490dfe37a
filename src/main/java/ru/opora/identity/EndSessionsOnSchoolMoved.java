package ru.opora.identity;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.SchoolMoved;

/**
 * The school's own staff hold the school's path in their session's scope, fixed at sign-in; after a
 * move it would show them nothing, so their sessions end and the next sign-in reads the new path
 * (as any other change of a user's scope does). Curators read their schools at each request.
 */
@Component
class EndSessionsOnSchoolMoved {

    private final JdbcClient jdbc;
    private final FindByIndexNameSessionRepository<?> sessions;

    EndSessionsOnSchoolMoved(JdbcClient jdbc, FindByIndexNameSessionRepository<?> sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    @EventListener
    void on(SchoolMoved moved) {
        jdbc.sql("""
                        select u.username from identity.user_account u
                        join identity.user_scope s on s.user_account = u.id where s.org_unit_id = ? and u.role = any(?)""")
                .param(moved.schoolId())
                .param(java.util.Arrays.stream(Role.values())
                        .filter(r -> !r.scopedToAssignedSchools())
                        .map(Role::name)
                        .toArray(String[]::new))
                .query(String.class)
                .list()
                .forEach(username ->
                        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById));
    }
}
