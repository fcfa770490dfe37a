package ru.opora.risk.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The heatmap's cells of a school are drawn as HTML by the page's line (#22), each in order and escaped. */
class HeatmapCellsTests {

    @Test
    void cellsComeInOrderEscaped() {
        var row = new Heatmap.Row(UUID.randomUUID(), "S1", "Школа", "Район", null, List.of(), List.of());
        var line = new RiskOverview.Line(
                row,
                "",
                List.of(
                        new RiskOverview.Cell("level level-HIGH", "Высокий", "В"),
                        new RiskOverview.Cell("level level-NONE chosen", "Нет <выбран> \"школой\"", "—")));

        assertThat(line.cellsHtml())
                .isEqualTo(
                        "<td class=\"level level-HIGH\" title=\"Высокий\">В</td>"
                                + "<td class=\"level level-NONE chosen\" title=\"Нет &lt;выбран&gt; &quot;школой&quot;\">—</td>");
    }
}
