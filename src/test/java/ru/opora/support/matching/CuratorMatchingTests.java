package ru.opora.support.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Hungarian method is optimal (checked against every permutation), and the matching keeps places, conflicts and explanations. */
class CuratorMatchingTests {

    static final UUID NORTH = UUID.randomUUID();
    static final UUID SOUTH = UUID.randomUUID();

    @Test
    void theHungarianMethodFindsTheLeastTotalCost() {
        var random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(5);
            int m = n + random.nextInt(3);
            double[][] cost = new double[n][m];
            for (double[] row : cost) for (int j = 0; j < m; j++) row[j] = random.nextInt(20);
            int[] chosen = Hungarian.solve(cost);
            assertThat(java.util.Arrays.stream(chosen).distinct().count()).isEqualTo(n);
            assertThat(total(cost, chosen)).isEqualTo(best(cost, 0, new boolean[m]));
        }
    }

    private static double total(double[][] cost, int[] chosen) {
        double t = 0;
        for (int i = 0; i < chosen.length; i++) t += cost[i][chosen[i]];
        return t;
    }

    private static double best(double[][] cost, int row, boolean[] used) {
        if (row == cost.length) return 0;
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < used.length; j++) {
            if (used[j]) continue;
            used[j] = true;
            best = Math.min(best, cost[row][j] + best(cost, row + 1, used));
            used[j] = false;
        }
        return best;
    }

    @Test
    void anOptimalAssignmentBeatsTheGreedyOne() {
        // both schools need STAFF_SHORTAGE; only Anna covers the second school's EQUIPMENT as well
        var first = new CuratorMatching.School(UUID.randomUUID(), NORTH, Set.of("STAFF_SHORTAGE"), Set.of());
        var second =
                new CuratorMatching.School(UUID.randomUUID(), NORTH, Set.of("STAFF_SHORTAGE", "EQUIPMENT"), Set.of());
        var anna = curator("anna", NORTH, Set.of("STAFF_SHORTAGE", "EQUIPMENT"), 1, null);
        var boris = curator("boris", NORTH, Set.of("STAFF_SHORTAGE"), 1, null);
        var pairs = CuratorMatching.suggest(
                List.of(first, second), List.of(anna, boris), CuratorMatching.Weights.defaults());
        assertThat(pairs).extracting(CuratorMatching.Pair::curator).containsExactly("boris", "anna");
        assertThat(pairs.get(1).coveredRisks()).containsExactly("EQUIPMENT", "STAFF_SHORTAGE");
        assertThat(pairs.get(1).uncoveredRisks()).isEmpty();
        assertThat(pairs.get(1).sameMunicipality()).isTrue();
    }

    @Test
    void placesConflictsAndTheDistanceCount() {
        var own = new CuratorMatching.School(UUID.randomUUID(), SOUTH, Set.of("EQUIPMENT"), Set.of("MA"));
        var other = new CuratorMatching.School(UUID.randomUUID(), NORTH, Set.of("EQUIPMENT"), Set.of("MA"));
        var third = new CuratorMatching.School(UUID.randomUUID(), NORTH, Set.of(), Set.of());
        var vera = curator("vera", SOUTH, Set.of("EQUIPMENT"), 2, own.id()); // works at the first school
        var gleb = curator("gleb", NORTH, Set.of(), 1, null);
        var pairs = CuratorMatching.suggest(
                List.of(own, other, third), List.of(vera, gleb), CuratorMatching.Weights.defaults());
        assertThat(pairs.get(0).curator()).isEqualTo("gleb"); // never vera: her own school
        assertThat(pairs.get(0).uncoveredRisks()).containsExactly("EQUIPMENT");
        assertThat(pairs.get(0).sameMunicipality()).isFalse();
        assertThat(pairs.get(1).curator()).isEqualTo("vera");
        assertThat(pairs.get(1).coveredSubjects()).containsExactly("MA");
        assertThat(pairs.get(2).curator()).isEqualTo("vera");
        assertThat(pairs.get(2).caseloadAfter()).isEqualTo(2);

        var tooMany = CuratorMatching.suggest(
                List.of(own, other, third),
                List.of(curator("gleb", NORTH, Set.of(), 1, null)),
                CuratorMatching.Weights.defaults());
        assertThat(tooMany).filteredOn(p -> p.curator() == null).hasSize(2);
    }

    private static CuratorMatching.Curator curator(
            String name, UUID municipality, Set<String> expertise, int places, UUID own) {
        return new CuratorMatching.Curator(name, municipality, expertise, Set.of("MA"), places, 0, own);
    }
}
