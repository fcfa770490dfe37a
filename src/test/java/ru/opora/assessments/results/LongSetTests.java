package ru.opora.assessments.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongSetTests {

    @Test
    void tellsEveryPairOfSchoolAndSequentialCodeApart() {
        var set = new LongSet();
        int added = 0;
        for (int school = 0; school < 2000; school++)
            for (int code = 0; code < 1000; code++)
                if (set.add(LongSet.key(school, String.valueOf(school * 750 + code)))) added++;
        assertThat(added).isEqualTo(2_000_000);
    }

    @Test
    void findsARepeatedCodeOfTheSameSchoolOnly() {
        var set = new LongSet();
        assertThat(set.add(LongSet.key(1, "40001"))).isTrue();
        assertThat(set.add(LongSet.key(2, "40001"))).isTrue();
        assertThat(set.add(LongSet.key(1, "40001"))).isFalse();
        assertThat(set.add(0)).isTrue();
        assertThat(set.add(0)).isFalse();
    }
}
