package ru.opora.identification.runs;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SchoolResults;
import ru.opora.identification.ContextExpectations;
import ru.opora.identification.engine.ContextModel;
import ru.opora.orgunits.OrgPath;

/** Answers {@link ContextExpectations} with the same fit the context page shows. */
@Component
class ContextExpectationsFromModel implements ContextExpectations {

    /** Fewer schools than this cannot carry a model of five features. */
    private static final int FEWEST_SCHOOLS = 10;

    private final ContextFit contextFit;
    private final SchoolResults results;

    ContextExpectationsFromModel(ContextFit contextFit, SchoolResults results) {
        this.contextFit = contextFit;
        this.results = results;
    }

    @Override
    public Set<UUID> aboveExpectation(OrgPath regionPath, int year, double z) {
        var vprYear = results.years(regionPath).stream().filter(y -> y <= year).findFirst();
        var better = new HashSet<UUID>();
        if (vprYear.isEmpty()) return better;
        var fit = contextFit.of(regionPath, vprYear.get()).fit();
        if (fit.schools() < FEWEST_SCHOOLS) return better;
        for (ContextModel.Gap g : fit.gaps()) if (g.z() <= -z) better.add(g.schoolId());
        return better;
    }
}
