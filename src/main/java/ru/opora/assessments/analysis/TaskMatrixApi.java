package ru.opora.assessments.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;

/** The task matrix through the API, under the same roles and scope as its page. */
@RestController
@Tag(name = "Результаты")
class TaskMatrixApi {

    /** The matrix without its chart: tasks, rows, and the tasks solved low across the scope. */
    record MatrixView(
            UUID assessmentId,
            String assessment,
            String by,
            int minGroup,
            double lowBelow,
            double lowGapBelowRegion,
            List<TaskMatrix.Column> tasks,
            List<TaskMatrix.Row> rows,
            List<TaskMatrix.Column> worst) {}

    private final TaskMatrix matrix;

    TaskMatrixApi(TaskMatrix matrix) {
        this.matrix = matrix;
    }

    @GetMapping("/api/v1/results/{assessmentId}/tasks")
    @Operation(
            summary =
                    "Решаемость заданий по муниципалитетам (by=MUNICIPALITIES) или школам (by=SCHOOLS) и задания с низкой решаемостью")
    MatrixView tasks(@PathVariable UUID assessmentId, TaskMatrix.Query query, Scope scope, Locale locale) {
        var m = matrix.of(assessmentId, query, scope, locale);
        return new MatrixView(
                m.assessment().id(),
                m.assessment().title(),
                m.by().name(),
                m.minGroup(),
                m.rule().absoluteThreshold(),
                m.rule().gapBelowRegion(),
                m.columns(),
                m.rows(),
                m.worst());
    }
}
