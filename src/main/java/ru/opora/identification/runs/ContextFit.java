package ru.opora.identification.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.identification.engine.ContextModel;
import ru.opora.identification.engine.RuleSet;
import ru.opora.identification.engine.SchoolYear;
import ru.opora.identification.engine.VprResult;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.SchoolContext;
import ru.opora.orgunits.Settlement;

/**
 * The model of a school's share of «2» from its context (rural, size, ОВЗ share, adverse social
 * conditions, small school, and the region's imported social-context index when it covers at
 * least half of the schools), fitted on the region's schools of one ВПР year. The context page
 * shows it; tutor-school suggestions use the schools it finds far better than expected.
 */
@Component
class ContextFit {

    static final List<String> FEATURES = List.of("rural", "logStudents", "shareOvz", "adverse", "small");

    /** The same with the social-context index (issue #16: it doubled the share of the spread explained). */
    static final List<String> WITH_INDEX =
            List.of("rural", "logStudents", "shareOvz", "adverse", "small", "socialIndex");

    /** The fit and the contexts it was made from. */
    /** The fit, the schools' contexts and the social index it could use (empty without one). */
    record Fitted(ContextModel.Fit fit, Map<UUID, SchoolContext> contexts, Map<UUID, Double> index) {}

    private final RegionYears years;
    private final RuleSets ruleSets;
    private final ru.opora.identification.facts.RecordedFacts facts;

    ContextFit(RegionYears years, RuleSets ruleSets, ru.opora.identification.facts.RecordedFacts facts) {
        this.years = years;
        this.ruleSets = ruleSets;
        this.facts = facts;
    }

    Fitted of(OrgPath region, int year) {
        RuleSet rules = ruleSets.current(region.regionId()).rules();
        var loaded = years.load(region, year, 1);
        // the index of the year, else of the year before (regions publish it once a year or less)
        var ofYear = facts.socialIndex(region, year);
        var index = ofYear.isEmpty() ? facts.socialIndex(region, year - 1) : ofYear;
        var withIndex = observations(loaded.byYear().get(year), loaded.schools(), rules, index);
        long covered =
                withIndex.stream().filter(o -> index.containsKey(o.schoolId())).count();
        if (!withIndex.isEmpty() && covered * 2 >= withIndex.size())
            return new Fitted(ContextModel.fit(WITH_INDEX, withIndex), loaded.schools(), index);
        var observations = observations(loaded.byYear().get(year), loaded.schools(), rules, Map.of());
        return new Fitted(ContextModel.fit(FEATURES, observations), loaded.schools(), index);
    }

    /**
     * One observation per school with enough ВПР works; a missing ОВЗ share takes the region's mean.
     * With a social index, a school without one takes the index's mean, as the last feature.
     */
    static List<ContextModel.Observation> observations(
            List<SchoolYear> schools, Map<UUID, SchoolContext> contexts, RuleSet rules, Map<UUID, Double> index) {
        double meanIndex = index.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        double meanOvz = contexts.values().stream()
                .map(SchoolContext::shareOvz)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        var observations = new ArrayList<ContextModel.Observation>();
        for (SchoolYear s : schools) {
            var c = contexts.get(s.schoolId());
            if (c == null) continue;
            long twos = 0;
            long works = 0;
            for (VprResult v : s.vpr()) {
                if (v.grade() < rules.firstGrade() || v.grade() > rules.lastGrade()) continue;
                twos += v.marks()[0];
                works += v.participants();
            }
            if (works < rules.minParticipants()) continue;
            double[] features = {
                c.settlement() == Settlement.RURAL ? 1 : 0,
                Math.log(c.students() + 1.0),
                c.shareOvz() == null ? meanOvz : c.shareOvz(),
                c.adverseSocialConditions() ? 1 : 0,
                c.small() ? 1 : 0
            };
            if (!index.isEmpty()) {
                features = java.util.Arrays.copyOf(features, features.length + 1);
                features[features.length - 1] = index.getOrDefault(s.schoolId(), meanIndex);
            }
            observations.add(new ContextModel.Observation(s.schoolId(), features, 100.0 * twos / works));
        }
        return observations;
    }
}
