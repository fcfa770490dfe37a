package ru.opora.monitoring.mechanism;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;

/** The municipal mechanism assessments through the API, in the caller's scope. */
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "Мониторинг")
class MechanismApi {

    /** A municipality's assessment of the year; {@code status} NONE and no scores when it has none yet. */
    record Line(
            UUID municipalityId,
            String municipalityName,
            int year,
            String status,
            @Nullable Integer total,
            int max,
            MechanismScale.@Nullable Level level,
            @Nullable String remarks,
            List<MechanismAssessments.Score> scores) {}

    private final MechanismPages pages;

    MechanismApi(MechanismPages pages) {
        this.pages = pages;
    }

    @GetMapping("/mechanism")
    @Operation(summary = "Оценка муниципальных механизмов работы с ШНОР за год: позиции, сумма, уровень, состояние")
    List<Line> mechanism(
            @Parameter(description = "Год цикла; по умолчанию текущий") @RequestParam(required = false) @Nullable
                    Integer year,
            Scope scope,
            Locale locale) {
        var index = pages.index(year, scope, locale);
        return index.lines().stream()
                .map(l -> {
                    var a = l.assessment();
                    return new Line(
                            l.municipality().id(),
                            l.municipality().name(),
                            index.year(),
                            a == null ? "NONE" : a.status().name(),
                            a == null ? null : a.total(),
                            index.scale().max(),
                            l.level(index.scale()),
                            a == null ? null : a.remarks(),
                            a == null ? List.of() : List.copyOf(a.scores().values()));
                })
                .toList();
    }
}
