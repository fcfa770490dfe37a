package ru.opora.monitoring.areas;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;

/** The municipal and regional indicators through the API, in the caller's scope. */
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "Мониторинг")
class AreaApi {

    /** A municipality's or the region's values of the cohort year by indicator code, computed on {@code day}. */
    record Line(UUID id, String name, String level, int year, String day, Map<String, Double> values) {}

    private final AreaIndicators indicators;

    AreaApi(AreaIndicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/areas")
    @Operation(
            summary = "Показатели муниципалитетов и региона (M1–M8 и другие) за год когорты, рассчитанные на сегодня")
    List<Line> areas(
            @Parameter(description = "Год когорты; по умолчанию последний") @RequestParam(required = false) @Nullable
                    Integer year,
            Scope scope) {
        var r = indicators.of(year, scope);
        var lines = new ArrayList<Line>();
        for (var a : r.municipalities())
            lines.add(new Line(
                    a.unit().id(),
                    a.unit().name(),
                    "MUNICIPALITY",
                    r.year(),
                    r.day().toString(),
                    a.values()));
        var region = r.region();
        if (region != null)
            lines.add(new Line(
                    region.unit().id(),
                    region.unit().name(),
                    "REGION",
                    r.year(),
                    r.day().toString(),
                    region.values()));
        return lines;
    }
}
