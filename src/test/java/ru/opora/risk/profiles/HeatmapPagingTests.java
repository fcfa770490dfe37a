package ru.opora.risk.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.opora.risk.engine.Level;

/** The heatmap is read a page at a time, found by code or name and sorted as asked. */
class HeatmapPagingTests {

    private static Heatmap.Row row(int n, Level first, Level second) {
        return new Heatmap.Row(
                UUID.randomUUID(),
                String.format("S%03d", n),
                String.format("Школа № %03d", n),
                "Район",
                null,
                List.of(first, second),
                List.of(false, false));
    }

    private static List<Heatmap.Row> region() {
        var rows = new ArrayList<Heatmap.Row>();
        for (int n = 0; n < 250; n++)
            rows.add(row(n, n == 7 ? Level.HIGH : Level.LOW, n % 50 == 0 ? Level.HIGH : Level.NONE));
        Collections.shuffle(rows);
        return rows;
    }

    @Test
    void aRegionOfTwoHundredFiftySchoolsIsFivePagesOfFiftyByName() {
        var first = HeatmapPaging.slice(region(), null, null, null);
        assertThat(first.total()).isEqualTo(250);
        assertThat(first.pages()).isEqualTo(5);
        assertThat(first.rows()).hasSize(50);
        assertThat(first.rows().getFirst().code()).isEqualTo("S000");
        assertThat(first.rows().getLast().code()).isEqualTo("S049");
        var last = HeatmapPaging.slice(region(), null, null, 4);
        assertThat(last.rows()).hasSize(50);
        assertThat(last.rows().getFirst().code()).isEqualTo("S200");
        assertThat(last.rows().getLast().code()).isEqualTo("S249");
        // a page past the end shows the last one, a negative one the first
        assertThat(HeatmapPaging.slice(region(), null, null, 99).page()).isEqualTo(4);
        assertThat(HeatmapPaging.slice(region(), null, null, -1).page()).isZero();
    }

    @Test
    void foundByPartOfTheNameOrCodeAndSortedByRisk() {
        assertThat(HeatmapPaging.slice(region(), "№ 00", null, null).rows())
                .extracting(Heatmap.Row::code)
                .containsExactly("S000", "S001", "S002", "S003", "S004", "S005", "S006", "S007", "S008", "S009");
        assertThat(HeatmapPaging.slice(region(), "s12", null, null).total()).isEqualTo(10);
        // most high and medium factors first: S000 has one, like S007, S050…; S007 alone has its first factor high
        var byRisks = HeatmapPaging.slice(region(), null, "risks", null).rows();
        assertThat(byRisks.subList(0, 6))
                .extracting(Heatmap.Row::code)
                .containsExactly("S000", "S007", "S050", "S100", "S150", "S200");
        assertThat(HeatmapPaging.slice(region(), null, "f0", null)
                        .rows()
                        .getFirst()
                        .code())
                .isEqualTo("S007");
        assertThat(HeatmapPaging.slice(region(), null, "f1", null).rows().subList(0, 5))
                .extracting(Heatmap.Row::code)
                .containsExactly("S000", "S050", "S100", "S150", "S200");
        // an order nobody offers is by name
        assertThat(HeatmapPaging.slice(region(), null, "drop table", null)
                        .rows()
                        .getFirst()
                        .code())
                .isEqualTo("S000");
    }
}
