package ru.opora.planning.execution;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;

/**
 * §6.9's rates on a report date, per school and rolled up by the path: of the measures due by then
 * (cancelled ones left out, as they are no longer owed), the share done (on time or late) and the
 * share done on time; and how many are overdue now.
 */
@Component
public class ExecutionRates {

    /** Counts of one school or territory; the rates are derived from them. */
    public record Counts(int due, int done, int onTime, int overdue, int total) {

        public @Nullable Double executionRate() {
            return due == 0 ? null : 100.0 * done / due;
        }

        public @Nullable Double onTimeRate() {
            return due == 0 ? null : 100.0 * onTime / due;
        }

        Counts plus(Counts o) {
            return new Counts(due + o.due, done + o.done, onTime + o.onTime, overdue + o.overdue, total + o.total);
        }

        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);
    }

    /** Per school, per municipality (by id) and for the whole scope. */
    public record Rates(Map<UUID, Counts> schools, Map<UUID, Counts> municipalities, Counts all) {}

    private final JdbcClient jdbc;

    ExecutionRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Rates on(Scope scope, LocalDate day) {
        var schools = new LinkedHashMap<UUID, Counts>();
        var municipalities = new HashMap<UUID, Counts>();
        if (scope.isEmpty()) return new Rates(schools, municipalities, Counts.ZERO);
        jdbc.sql("""
                        select school_id, school_path,
                            count(*) filter (where due_date <= ? and status <> 'CANCELLED'),
                            count(*) filter (where due_date <= ? and status in ('DONE', 'DONE_LATE')),
                            count(*) filter (where due_date <= ? and status = 'DONE'),
                            count(*) filter (where status = 'OVERDUE' or (status in ('PLANNED', 'IN_PROGRESS') and due_date < ?)),
                            count(*) filter (where status <> 'CANCELLED')
                        from planning.measure where (""" + scope.sqlCondition("school_path") + ") group by school_id, school_path")
                .params(day, day, day, day)
                .query(rs -> {
                    var c = new Counts(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7));
                    schools.put(rs.getObject(1, UUID.class), c);
                    UUID municipality =
                            OrgPath.parse(rs.getString(2)).municipalityId().orElseThrow();
                    municipalities.merge(municipality, c, Counts::plus);
                });
        Counts all = schools.values().stream().reduce(Counts.ZERO, Counts::plus);
        return new Rates(schools, municipalities, all);
    }
}
