package ru.opora.identification.runs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SchoolResults;
import ru.opora.identification.engine.RuleSet;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/**
 * The identification page: the region's runs and, for the region, the rule set in force, a
 * what-if against the last confirmed list, saving a new version of the rules, running and
 * confirming.
 */
@Component
class RulesPage {

    /** The page; {@code form} holds the rules as the admin typed them when a what-if or a save was refused. */
    record Index(
            RuleSet form,
            List<IdentificationRuns.Run> runs,
            List<Integer> years,
            RuleSets.Version current,
            List<RuleSets.Version> history,
            boolean regionWide) {

        /**
         * The years of the newest year's ВПР window with no results loaded. The ВПР criterion needs
         * every year of the window: while one is missing it cannot select any school, which a
         * region with one year loaded did not notice (issue #16).
         */
        public List<Integer> missingWindowYears() {
            if (years.isEmpty()) return List.of();
            int newest = years.stream().mapToInt(Integer::intValue).max().orElseThrow();
            var missing = new java.util.ArrayList<Integer>();
            for (int y = newest - form.windowYears() + 1; y <= newest; y++) if (!years.contains(y)) missing.add(y);
            return missing;
        }

        public int newestYear() {
            return years.stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /**
     * What the typed rules would give for a year: the count, and against the year's last confirmed
     * list (when there is one) the schools entering and leaving.
     */
    record Preview(
            int year, int count, @Nullable Integer confirmedCount, List<String> entering, List<String> leaving) {}

    private final IdentificationRuns runs;
    private final RuleSets ruleSets;
    private final SchoolResults results;
    private final OrgUnits orgUnits;

    private final SecondLook secondLook;

    RulesPage(
            IdentificationRuns runs,
            RuleSets ruleSets,
            SchoolResults results,
            OrgUnits orgUnits,
            SecondLook secondLook) {
        this.secondLook = secondLook;
        this.runs = runs;
        this.ruleSets = ruleSets;
        this.results = results;
        this.orgUnits = orgUnits;
    }

    Index index(Scope scope, @Nullable RuleSet typed) {
        var region = scope.region();
        var current = ruleSets.current(region.regionId());
        return new Index(
                typed != null ? typed : current.rules(),
                runs.runs(region.regionId()),
                results.years(region),
                current,
                ruleSets.history(region.regionId()),
                scope.isRegionWide());
    }

    Preview preview(RuleSet rules, int year, Scope scope) {
        var region = regionWide(scope);
        var now = runs.compute(region, year, rules).candidates();
        var before = runs.lastConfirmed(region.regionId(), year).map(r -> runs.candidates(r.id()));
        if (before.isEmpty()) return new Preview(year, now.size(), null, List.of(), List.of());
        var entering = new HashSet<>(now);
        entering.removeAll(before.get());
        var leaving = new HashSet<>(before.get());
        leaving.removeAll(now);
        return new Preview(year, now.size(), before.get().size(), names(entering), names(leaving));
    }

    /** Saves the rules as the region's next version; returns its number. */
    int save(RuleSet rules, String reason, Scope scope, String user) {
        var region = regionWide(scope);
        return ruleSets.save(region.regionId(), region, rules, reason, user).number();
    }

    UUID run(int year, Scope scope, String user) {
        var region = regionWide(scope);
        UUID id = runs.run(region.regionId(), region, year, ruleSets.current(region.regionId()), user);
        secondLook.record(id, region, year);
        return id;
    }

    void confirm(UUID runId, Scope scope, String user) {
        runs.confirm(runId, regionWide(scope).regionId(), user);
    }

    private static OrgPath regionWide(Scope scope) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("identification is run by the region");
        return scope.region();
    }

    private List<String> names(Set<UUID> ids) {
        return orgUnits.byIds(ids).stream()
                .map(s -> s.code() + " " + s.name())
                .sorted()
                .toList();
    }
}
