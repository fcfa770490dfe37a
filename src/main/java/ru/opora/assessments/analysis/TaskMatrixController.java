package ru.opora.assessments.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/** The task matrix of an assessment for the reader's scope, and its two tables as Excel files. */
@Controller
class TaskMatrixController {

    private final TaskMatrix matrix;

    TaskMatrixController(TaskMatrix matrix) {
        this.matrix = matrix;
    }

    @GetMapping("/results/{assessmentId}/tasks")
    String page(@PathVariable UUID assessmentId, TaskMatrix.Query query, Scope scope, Locale locale, Model model) {
        model.addAttribute("page", matrix.of(assessmentId, query, scope, locale));
        return "assessments/tasks";
    }

    @GetMapping("/results/{assessmentId}/tasks.xlsx")
    void matrixFile(
            @PathVariable UUID assessmentId,
            TaskMatrix.Query query,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var m = matrix.of(assessmentId, query, scope, locale);
        XlsxTableWriter.download(response, "tasks-" + m.assessment().year() + ".xlsx", matrix.matrixTable(m, locale));
    }

    @GetMapping("/results/{assessmentId}/tasks-low.xlsx")
    void worstFile(
            @PathVariable UUID assessmentId,
            TaskMatrix.Query query,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var m = matrix.of(assessmentId, query, scope, locale);
        XlsxTableWriter.download(
                response, "tasks-low-" + m.assessment().year() + ".xlsx", matrix.worstTable(m, locale));
    }
}
