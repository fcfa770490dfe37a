package ru.opora.support.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Suggests a curator for each ШНОР as one optimal assignment (the Hungarian method over curators'
 * free places), not greedily: a greedy pass gives the first school the best curator even when that
 * curator is the only one who fits a later school. A pair costs more for each chosen risk and weak
 * subject the curator does not cover, for a different municipality and for each place already
 * filled; a conflict (the curator's own school) rules the pair out. Every pair is explained.
 */
public final class CuratorMatching {

    /** A school to match: its municipality, chosen risks and weak subjects. */
    public record School(UUID id, UUID municipalityId, Set<String> risks, Set<String> weakSubjects) {}

    /** A curator: municipality, expertise by risk factor, subjects, how many more schools they can take, own school. */
    public record Curator(
            String username,
            @Nullable UUID municipalityId,
            Set<String> expertise,
            Set<String> subjects,
            int freePlaces,
            int caseload,
            @Nullable UUID ownSchool) {}

    /** The weights of the cost; settings, not constants [U]. */
    public record Weights(
            double uncoveredRisk, double uncoveredSubject, double otherMunicipality, double perPlaceFilled) {

        public static Weights defaults() {
            return new Weights(10, 4, 3, 0.5);
        }
    }

    /** A suggested pair with what it rests on, or a school left without a curator. */
    public record Pair(
            UUID schoolId,
            @Nullable String curator,
            List<String> coveredRisks,
            List<String> uncoveredRisks,
            List<String> coveredSubjects,
            List<String> uncoveredSubjects,
            boolean sameMunicipality,
            int caseloadAfter,
            double cost) {}

    private static final double FORBIDDEN = 1e9;

    private CuratorMatching() {}

    public static List<Pair> suggest(List<School> schools, List<Curator> curators, Weights w) {
        var slots = new ArrayList<int[]>(); // {curator index, place number}
        for (int c = 0; c < curators.size(); c++)
            for (int k = 0; k < curators.get(c).freePlaces(); k++) slots.add(new int[] {c, k});
        int columns = Math.max(slots.size(), 0) + schools.size(); // a "nobody" column per school keeps it square enough
        double[][] cost = new double[schools.size()][columns];
        for (int s = 0; s < schools.size(); s++) {
            for (int j = 0; j < slots.size(); j++) {
                var c = curators.get(slots.get(j)[0]);
                cost[s][j] = conflict(schools.get(s), c)
                        ? FORBIDDEN
                        : pairCost(schools.get(s), c, w) + w.perPlaceFilled() * (c.caseload() + slots.get(j)[1]);
            }
            for (int j = slots.size(); j < columns; j++) cost[s][j] = FORBIDDEN / 10; // unmatched: worse than any pair
        }
        int[] chosen = Hungarian.solve(cost);
        var placesTaken = new int[curators.size()];
        var pairs = new ArrayList<Pair>();
        for (int s = 0; s < schools.size(); s++) {
            var school = schools.get(s);
            if (chosen[s] >= slots.size() || cost[s][chosen[s]] >= FORBIDDEN) {
                pairs.add(new Pair(
                        school.id(),
                        null,
                        List.of(),
                        sorted(school.risks()),
                        List.of(),
                        sorted(school.weakSubjects()),
                        false,
                        0,
                        0));
                continue;
            }
            int c = slots.get(chosen[s])[0];
            placesTaken[c]++;
            pairs.add(
                    explain(school, curators.get(c), curators.get(c).caseload() + placesTaken[c], cost[s][chosen[s]]));
        }
        return pairs;
    }

    static boolean conflict(School s, Curator c) {
        return s.id().equals(c.ownSchool());
    }

    static double pairCost(School s, Curator c, Weights w) {
        long risks = s.risks().stream().filter(r -> !c.expertise().contains(r)).count();
        long subjects =
                s.weakSubjects().stream().filter(x -> !c.subjects().contains(x)).count();
        boolean near = s.municipalityId().equals(c.municipalityId());
        return w.uncoveredRisk() * risks + w.uncoveredSubject() * subjects + (near ? 0 : w.otherMunicipality());
    }

    private static Pair explain(School s, Curator c, int caseloadAfter, double cost) {
        return new Pair(
                s.id(),
                c.username(),
                sorted(s.risks().stream().filter(c.expertise()::contains).toList()),
                sorted(s.risks().stream()
                        .filter(r -> !c.expertise().contains(r))
                        .toList()),
                sorted(s.weakSubjects().stream().filter(c.subjects()::contains).toList()),
                sorted(s.weakSubjects().stream()
                        .filter(x -> !c.subjects().contains(x))
                        .toList()),
                s.municipalityId().equals(c.municipalityId()),
                caseloadAfter,
                cost);
    }

    private static List<String> sorted(java.util.Collection<String> items) {
        return items.stream().sorted().toList();
    }
}
