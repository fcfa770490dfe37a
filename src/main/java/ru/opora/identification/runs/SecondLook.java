package ru.opora.identification.runs;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.identification.engine.ContextModel;
import ru.opora.orgunits.OrgPath;

/**
 * A context-aware second look beside a run's list: schools the rule left out whose share of «2» is
 * far above what their context predicts. A weak school in a good context sits just under the
 * percentile while poor-context schools fill the list (issue #16); the region should see it, and
 * decide — the list itself is never changed by the model.
 */
@Component
class SecondLook {

    /** How many residual spreads above its expectation a school must be to be shown. */
    static final double Z = 1.5;

    /** A school of the run's list that is not on it, with its gap to the expectation. */
    record Entry(RunPages.Line line, ContextModel.Gap gap) {}

    private final ContextFit contextFit;

    SecondLook(ContextFit contextFit) {
        this.contextFit = contextFit;
    }

    /** The not-low schools of {@code lines} far worse than expected, the furthest first. */
    List<Entry> of(OrgPath regionPath, int year, List<RunPages.Line> notLow) {
        if (notLow.isEmpty()) return List.of();
        var fit = contextFit.of(regionPath, year).fit();
        if (fit.schools() < 10) return List.of();
        var gaps = new HashMap<UUID, ContextModel.Gap>();
        for (var g : fit.gaps()) gaps.put(g.schoolId(), g);
        return notLow.stream()
                .filter(l ->
                        gaps.containsKey(l.schoolId()) && gaps.get(l.schoolId()).z() >= Z)
                .map(l -> new Entry(l, gaps.get(l.schoolId())))
                .sorted(Comparator.comparingDouble((Entry e) -> -e.gap().z()))
                .toList();
    }
}
