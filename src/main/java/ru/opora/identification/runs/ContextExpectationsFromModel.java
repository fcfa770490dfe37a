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

    private final RegionYears years;
    private final RuleSets ruleSets;
    private final SchoolResults results;

    ContextExpectationsFromModel(RegionYears years, RuleSets ruleSets, SchoolResults results) {
        this.years = years;
        this.ruleSets = ruleSets;
        this.results = results;
    }

    @Override
    public Set<UUID> aboveExpectation(OrgPath regionPath, int year, double z) {
        var vprYear = results.years(regionPath).stream().filter(y -> y <= year).findFirst();
        var better = new HashSet<UUID>();
        if (vprYear.isEmpty()) return better;
        UUID regionId = regionPath.regionId();
        var rules = ruleSets.current(regionId).rules();
        var loaded = years.load(regionPath, vprYear.get(), 1);
        var observations = ContextController.observations(loaded.byYear().get(vprYear.get()), loaded.schools(), rules);
        if (observations.size() < 10) return better; // too few schools to fit a context model
        for (ContextModel.Gap g :
                ContextModel.fit(ContextController.FEATURES, observations).gaps())
            if (g.z() <= -z) better.add(g.schoolId());
        return better;
    }
}
