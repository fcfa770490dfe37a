package ru.opora.planning.execution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;

/** The measures of approved roadmaps through the API, in the caller's scope. */
@RestController
@RequestMapping("/api/v1/planning/measures")
@Tag(name = "Мероприятия", description = "Мероприятия утверждённых дорожных карт: сроки, ответственные, состояние")
class MeasureApi {

    private final Measures measures;

    MeasureApi(Measures measures) {
        this.measures = measures;
    }

    @GetMapping
    @Operation(summary = "Мероприятия школ в области видимости, ближайший срок первым (до 2000)")
    List<Measures.Measure> list(
            @Parameter(description = "true — только просроченные") @RequestParam(defaultValue = "false")
                    boolean overdue,
            Scope scope) {
        return measures.inScope(scope, overdue);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Мероприятие")
    Measures.Measure one(@PathVariable UUID id, Scope scope) {
        return measures.inScope(id, scope);
    }
}
