package ru.opora.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed chart writes the Chart.js configuration the pages' script draws. */
class ChartTests {

    @Test
    void writesBarsWithALineOverThemOnAPercentScale() {
        var chart = Chart.bars(
                        List.of("1", "2"),
                        List.of(
                                Chart.Dataset.of("Школа", List.of(31.25, 50.0)),
                                Chart.Dataset.of("50 %", List.of(50, 50)).flat()))
                .percent();
        assertThat(chart.json())
                .isEqualTo(
                        "{\"type\":\"bar\",\"data\":{\"labels\":[\"1\",\"2\"],\"datasets\":[{\"label\":\"Школа\","
                                + "\"data\":[31.3,50.0]},{\"label\":\"50 %\",\"data\":[50.0,50.0],\"type\":\"line\","
                                + "\"pointRadius\":0}]},\"options\":{\"scales\":{\"y\":{\"beginAtZero\":true,\"max\":100.0}}}}");
    }

    @Test
    void drawsHorizontalStackedBarsAlongTheXAxis() {
        var json = Chart.bars(
                        List.of("Шаг"),
                        List.of(Chart.Dataset.of("Выполнено", List.of(40)).colour("#2e7d4f")))
                .horizontal()
                .upTo(100)
                .stacked()
                .withoutLegend()
                .json();
        assertThat(json)
                .contains("\"indexAxis\":\"y\"")
                .contains("\"x\":{\"beginAtZero\":true,\"max\":100.0,\"stacked\":true}")
                .contains("\"y\":{\"stacked\":true}")
                .contains("\"backgroundColor\":\"#2e7d4f\"")
                .contains("\"legend\":{\"display\":false}");
    }
}
