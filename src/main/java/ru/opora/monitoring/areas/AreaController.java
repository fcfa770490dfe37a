package ru.opora.monitoring.areas;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.monitoring.indicators.Indicator;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Chart;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/** {@code /monitoring/areas}: the municipal and regional indicators, a chart of one of them, and the export. */
@Controller
class AreaController {

    /** The page: the result, the indicator charted and its chart (null when there is nothing to chart). */
    record Page(
            AreaIndicators.Result result,
            @Nullable Indicator charted,
            @Nullable Chart chart) {}

    private final AreaIndicators indicators;
    private final MessageSource messages;

    AreaController(AreaIndicators indicators, MessageSource messages) {
        this.indicators = indicators;
        this.messages = messages;
    }

    @GetMapping("/monitoring/areas")
    String page(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String indicator,
            Scope scope,
            Model model) {
        var result = indicators.of(year, scope);
        var charted = result.municipal().stream()
                .filter(i -> i.code().equals(indicator))
                .findFirst()
                .orElse(result.municipal().isEmpty() ? null : result.municipal().getFirst());
        Chart chart = null;
        if (charted != null && result.municipalities().size() > 1) {
            chart = Chart.bars(
                            result.municipalities().stream()
                                    .map(a -> a.unit().name())
                                    .toList(),
                            List.of(Chart.Dataset.of(
                                    charted.name(),
                                    result.municipalities().stream()
                                            .map(a -> a.value(charted.code()))
                                            .toList(),
                                    1)))
                    .horizontal();
            if (charted.unit() == Indicator.Unit.PERCENT) chart = chart.upTo(100);
        }
        model.addAttribute("page", new Page(result, charted, chart));
        return "monitoring/areas";
    }

    @GetMapping("/monitoring/areas/export")
    void export(
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        XlsxTableWriter.download(response, "monitoring-areas.xlsx", table(indicators.of(year, scope), locale));
    }

    /** A municipality per row (the region last), an indicator per column. */
    private Table table(AreaIndicators.Result r, Locale locale) {
        var columns = r.region() == null ? r.municipal() : r.regional();
        var headers = new ArrayList<String>();
        headers.add(messages.getMessage("monitoring.areas.area", null, locale));
        for (Indicator i : columns) headers.add(i.code() + ". " + i.name());
        var rows = new ArrayList<List<?>>();
        for (var a : r.municipalities()) rows.add(row(a, columns));
        if (r.region() != null) rows.add(row(r.region(), columns));
        return new Table(
                messages.getMessage("monitoring.areas.title", new Object[] {String.valueOf(r.year())}, locale),
                headers,
                rows);
    }

    private static List<@Nullable Object> row(AreaIndicators.Area a, List<Indicator> columns) {
        var row = new ArrayList<@Nullable Object>();
        row.add(a.unit().name());
        for (Indicator i : columns) row.add(a.value(i.code()));
        return row;
    }
}
