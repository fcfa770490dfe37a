package ru.opora.identification.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContextModelTests {

    @Test
    void recoversTheCoefficientsOfAKnownLinearContext() {
        var random = new Random(1);
        var observations = new ArrayList<ContextModel.Observation>();
        for (int i = 0; i < 400; i++) {
            double rural = random.nextBoolean() ? 1 : 0;
            double ovz = random.nextDouble() * 20;
            double share2 = 8 + 6 * rural + 0.5 * ovz + random.nextGaussian();
            observations.add(new ContextModel.Observation(new UUID(0, i), new double[] {rural, ovz}, share2));
        }
        var fit = ContextModel.fit(List.of("rural", "ovz"), observations);
        assertThat(fit.coefficients()[0]).isCloseTo(8, within(0.3));
        assertThat(fit.coefficients()[1]).isCloseTo(6, within(0.3));
        assertThat(fit.coefficients()[2]).isCloseTo(0.5, within(0.03));
        assertThat(fit.rSquared()).isGreaterThan(0.9);
        assertThat(fit.residualSd()).isCloseTo(1, within(0.15));
        assertThat(fit.schools()).isEqualTo(400);
    }

    @Test
    void findsTheSchoolFarBetterThanItsContextPredicts() {
        var observations = new ArrayList<ContextModel.Observation>();
        var random = new Random(2);
        for (int i = 0; i < 200; i++) {
            double rural = i % 2;
            observations.add(new ContextModel.Observation(
                    new UUID(0, i), new double[] {rural}, 10 + 10 * rural + random.nextGaussian()));
        }
        // a rural school with the share of «2» of a good town school
        observations.add(new ContextModel.Observation(new UUID(1, 1), new double[] {1}, 9));
        var fit = ContextModel.fit(List.of("rural"), observations);
        var gap = fit.gaps().stream()
                .filter(g -> g.schoolId().equals(new UUID(1, 1)))
                .findFirst()
                .orElseThrow();
        assertThat(gap.expected()).isCloseTo(20, within(0.5));
        assertThat(gap.z()).isLessThan(-8);
    }

    @Test
    void leavesAFeatureThatDoesNotVaryAtZeroInsteadOfFailing() {
        var observations = new ArrayList<ContextModel.Observation>();
        for (int i = 0; i < 50; i++)
            observations.add(new ContextModel.Observation(new UUID(0, i), new double[] {0, i}, 5 + 0.2 * i));
        var fit = ContextModel.fit(List.of("rural", "size"), observations);
        assertThat(fit.coefficients()[1]).isZero();
        assertThat(fit.coefficients()[2]).isCloseTo(0.2, within(1e-9));
        assertThat(fit.rSquared()).isCloseTo(1, within(1e-9));
    }
}
