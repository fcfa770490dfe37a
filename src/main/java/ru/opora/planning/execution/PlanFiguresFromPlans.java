package ru.opora.planning.execution;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.Scope;
import ru.opora.planning.PlanFigures;

/** Answers {@link PlanFigures} from the execution rates and the documents' states. */
@Component
class PlanFiguresFromPlans implements PlanFigures {

    private final ExecutionRates rates;
    private final JdbcClient jdbc;
    private final ru.opora.planning.documents.SchoolDocuments documents;

    PlanFiguresFromPlans(ExecutionRates rates, JdbcClient jdbc, ru.opora.planning.documents.SchoolDocuments documents) {
        this.rates = rates;
        this.jdbc = jdbc;
        this.documents = documents;
    }

    @Override
    public java.util.List<ProgrammeTarget> targets(UUID schoolId, int year) {
        var targets = new java.util.ArrayList<ProgrammeTarget>();
        for (var d : documents.ofSchool(schoolId, year))
            for (var t : d.content().indicators())
                if (t.code() != null) targets.add(new ProgrammeTarget(t.code(), t.baseline(), t.target(), d.title()));
        return targets;
    }

    @Override
    public Map<UUID, Figures> of(Scope scope, int year, LocalDate day) {
        var counts = new HashMap<UUID, int[]>();
        rates.on(scope, day).schools().forEach((school, c) -> {
            int[] f = counts.computeIfAbsent(school, k -> new int[5]);
            f[0] = c.due();
            f[1] = c.done();
            f[2] = c.onTime();
        });
        if (!scope.isEmpty())
            jdbc.sql("select school_id, count(*), count(approved_number) from planning.document"
                            + " where cohort_year = ? and type <> 'MUNICIPAL_ROADMAP' and ("
                            + scope.sqlCondition("school_path") + ") group by school_id")
                    .params(year)
                    .query(rs -> {
                        int[] f = counts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new int[5]);
                        f[3] = rs.getInt(2);
                        f[4] = rs.getInt(3);
                    });
        var figures = new HashMap<UUID, Figures>();
        counts.forEach((school, f) -> figures.put(school, new Figures(f[0], f[1], f[2], f[3], f[4])));
        return figures;
    }
}
