package ru.opora.identification.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The residual check finds a context the model ignores: when the share of «2» rises with a social
 * index that is not among the features, the fifths of the schools by that index are off
 * systematically; with the index in the model, no fifth is.
 */
class ResidualBandsTests {

    @Test
    void aContextTheModelIgnoresShowsInTheBandsAndDisappearsOnceItIsFitted() {
        var random = new Random(5);
        var without = new ArrayList<ContextModel.Observation>();
        var with = new ArrayList<ContextModel.Observation>();
        var index = new HashMap<UUID, Double>();
        for (int i = 0; i < 200; i++) {
            var id = new UUID(3, i);
            double rural = random.nextBoolean() ? 1 : 0;
            double social = random.nextDouble() * 100;
            double share2 = 5 + 3 * rural + 0.2 * social + random.nextGaussian() * 3;
            index.put(id, social);
            without.add(new ContextModel.Observation(id, new double[] {rural}, share2));
            with.add(new ContextModel.Observation(id, new double[] {rural, social}, share2));
        }
        var blind = ContextModel.fit(java.util.List.of("rural"), without);
        assertThat(ResidualBands.of(blind.gaps(), index, blind.residualSd()))
                .hasSize(5)
                .anySatisfy(b -> assertThat(b.systematic()).isTrue());
        var seeing = ContextModel.fit(java.util.List.of("rural", "index"), with);
        assertThat(ResidualBands.of(seeing.gaps(), index, seeing.residualSd()))
                .hasSize(5)
                .allSatisfy(b -> assertThat(b.systematic()).isFalse());
        assertThat(ResidualBands.byExpected(seeing))
                .allSatisfy(b -> assertThat(b.systematic()).isFalse());
    }
}
