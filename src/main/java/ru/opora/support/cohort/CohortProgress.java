package ru.opora.support.cohort;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.identification.ShnorRegister;
import ru.opora.identification.ShnorState;
import ru.opora.orgunits.Scope;
import ru.opora.risk.SchoolRisks;
import ru.opora.support.CycleProgress;

/**
 * Each school's progress through the calendar: a step is done when its module says so, overdue when
 * its due date passed undone, else pending. A step no module answers for would be shown as not
 * tracked rather than as overdue (monitoring was, until its module came, issue #17).
 */
@Component
class CohortProgress {

    /** Where a school is on a step. */
    public enum Mark {
        DONE,
        OVERDUE,
        PENDING,
        NOT_TRACKED
    }

    static final Set<String> NOT_TRACKED = Set.of();

    private final JdbcClient jdbc;
    private final SchoolRisks risks;
    private final ShnorRegister shnor;
    private final List<CycleProgress> sources;

    CohortProgress(JdbcClient jdbc, SchoolRisks risks, ShnorRegister shnor, List<CycleProgress> sources) {
        this.jdbc = jdbc;
        this.risks = risks;
        this.shnor = shnor;
        this.sources = sources;
    }

    /** The steps done by school. */
    Map<UUID, Set<String>> done(Collection<UUID> schools, int year, Scope scope) {
        var done = new HashMap<UUID, Set<String>>();
        for (UUID s : schools) done.put(s, new HashSet<>(Set.of("SELECTION")));
        if (schools.isEmpty()) return done;
        jdbc.sql(
                        "select school_id from support.assignment where cohort_year = ? and ended_at is null and school_id = any (?)")
                .params(year, schools.toArray(UUID[]::new))
                .query(rs -> {
                    done.get(rs.getObject(1, UUID.class)).add("CURATORS");
                });
        merge(done, risks.cycleSteps(schools, year));
        for (CycleProgress p : sources) merge(done, p.done(schools, year));
        var states = shnor.states(scope);
        for (UUID s : schools) {
            var state = states.get(s);
            if (state == ShnorState.EXIT_PENDING || state == ShnorState.EXITED || state == ShnorState.RETAINED)
                done.get(s).add("EVALUATION");
        }
        return done;
    }

    static Mark mark(String step, LocalDate due, Set<String> done, LocalDate today) {
        if (NOT_TRACKED.contains(step)) return Mark.NOT_TRACKED;
        if (done.contains(step)) return Mark.DONE;
        return today.isAfter(due) ? Mark.OVERDUE : Mark.PENDING;
    }

    private static void merge(Map<UUID, Set<String>> into, Map<UUID, Set<String>> from) {
        from.forEach((school, steps) -> {
            var set = into.get(school);
            if (set != null) set.addAll(steps);
        });
    }
}
