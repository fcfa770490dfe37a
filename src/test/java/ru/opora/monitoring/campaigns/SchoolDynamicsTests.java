package ru.opora.monitoring.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import ru.opora.monitoring.indicators.Indicator;

/** Where an indicator stands against its baseline and target, in the indicator's own better direction. */
class SchoolDynamicsTests {

    private static final Indicator SHARE2 = new Indicator(
            "VPR2",
            "Доля «2»",
            Indicator.Unit.PERCENT,
            Indicator.Direction.LOWER_IS_BETTER,
            10.0,
            "vpr_share2",
            null,
            null,
            Indicator.Level.SCHOOL);
    private static final Indicator TRAINED = new Indicator(
            "KPK", "КПК", Indicator.Unit.PERCENT, Indicator.Direction.HIGHER_IS_BETTER, 80.0, null, null, null, null);

    private static SchoolDynamics.Standing standing(Indicator i, Double... values) {
        return SchoolDynamics.line(i, Arrays.asList(values)).standing();
    }

    @Test
    void readsEachWayOfMovingInTheIndicatorsDirection() {
        assertThat(standing(SHARE2, 30.0, null, 9.5)).isEqualTo(SchoolDynamics.Standing.REACHED);
        assertThat(standing(SHARE2, 30.0, 25.0)).isEqualTo(SchoolDynamics.Standing.PROGRESS);
        assertThat(standing(SHARE2, 30.0, 35.0)).isEqualTo(SchoolDynamics.Standing.WORSE);
        assertThat(standing(SHARE2, 30.0)).isEqualTo(SchoolDynamics.Standing.NO_PROGRESS);
        assertThat(standing(TRAINED, 40.0, 60.0)).isEqualTo(SchoolDynamics.Standing.PROGRESS);
        assertThat(standing(TRAINED, 40.0, 30.0)).isEqualTo(SchoolDynamics.Standing.WORSE);
        assertThat(standing(TRAINED, 40.0, 85.0)).isEqualTo(SchoolDynamics.Standing.REACHED);
        assertThat(standing(TRAINED, null, null)).isEqualTo(SchoolDynamics.Standing.NO_DATA);
    }

    @Test
    void aCountIsWholeAndAPercentAtMostAHundred() {
        assertThat(Indicator.Unit.COUNT.admits(3)).isTrue();
        assertThat(Indicator.Unit.COUNT.admits(2.5)).isFalse();
        assertThat(Indicator.Unit.PERCENT.admits(100.5)).isFalse();
        assertThat(Indicator.Unit.BOOL.admits(1)).isTrue();
        assertThat(Indicator.Unit.BOOL.admits(2)).isFalse();
    }
}
