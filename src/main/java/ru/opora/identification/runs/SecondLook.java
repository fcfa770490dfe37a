package ru.opora.identification.runs;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.identification.engine.ContextModel;
import ru.opora.orgunits.OrgPath;
import tools.jackson.databind.json.JsonMapper;

/**
 * A context-aware second look beside a run's list: schools the rule left out whose share of «2» is
 * far above what their context predicts. A weak school in a good context sits just under the
 * percentile while poor-context schools fill the list (issue #16); the region should see it, and
 * decide — the list itself is never changed by the model.
 */
@Component
public class SecondLook {

    /** How many residual spreads above its expectation a school must be to be shown. */
    static final double Z = 1.5;

    /** A school of the run's list that is not on it, with its gap to the expectation. */
    record Entry(RunPages.Line line, ContextModel.Gap gap) {}

    private final ContextFit contextFit;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    SecondLook(ContextFit contextFit, JdbcClient jdbc, JsonMapper json) {
        this.contextFit = contextFit;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Finds the region's schools far worse than expected for a new run and keeps them with it; in one
     * transaction, so that the reads of the fit share its connection.
     */
    @org.springframework.transaction.annotation.Transactional
    public void record(UUID runId, OrgPath regionPath, int year) {
        jdbc.sql("update identification.run set second_look = cast(? as jsonb) where id = ?")
                .params(json.writeValueAsString(farWorse(regionPath, year)), runId)
                .update();
    }

    /** The region's schools whose share of «2» is at least {@value #Z} spreads above their context's expectation. */
    private List<ContextModel.Gap> farWorse(OrgPath regionPath, int year) {
        var fit = contextFit.of(regionPath, year).fit();
        if (fit.schools() < 10) return List.of();
        return fit.gaps().stream().filter(g -> g.z() >= Z).toList();
    }

    /**
     * The not-low schools of {@code lines} far worse than expected, the furthest first: as found
     * when the run was made, or, for a run made before they were kept, fitted now.
     */
    List<Entry> of(UUID runId, OrgPath regionPath, int year, List<RunPages.Line> notLow) {
        if (notLow.isEmpty()) return List.of();
        var stored = jdbc.sql(
                        "select second_look::text from identification.run where id = ? and second_look is not null")
                .param(runId)
                .query(String.class)
                .optional();
        var found = stored.isPresent()
                ? List.of(json.readValue(stored.get(), ContextModel.Gap[].class))
                : farWorse(regionPath, year);
        var gaps = new HashMap<UUID, ContextModel.Gap>();
        for (var g : found) gaps.put(g.schoolId(), g);
        return notLow.stream()
                .filter(l ->
                        gaps.containsKey(l.schoolId()) && gaps.get(l.schoolId()).z() >= Z)
                .map(l -> new Entry(l, gaps.get(l.schoolId())))
                .sorted(Comparator.comparingDouble((Entry e) -> -e.gap().z()))
                .toList();
    }
}
