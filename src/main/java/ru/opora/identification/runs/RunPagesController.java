package ru.opora.identification.runs;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/** A run's list (cut to the reader's scope), its chart and export, and one school's explanation. */
@Controller
class RunPagesController {

    private final RunPages pages;

    RunPagesController(RunPages pages) {
        this.pages = pages;
    }

    @GetMapping("/identification/runs/{runId}")
    String run(
            @PathVariable UUID runId,
            @RequestParam(required = false) @Nullable Integer page,
            Scope scope,
            Locale locale,
            Model model) {
        model.addAttribute("page", pages.page(runId, scope, locale, page));
        return "identification/run";
    }

    @GetMapping("/identification/runs/{runId}/schools/{schoolId}")
    String school(@PathVariable UUID runId, @PathVariable UUID schoolId, Scope scope, Locale locale, Model model) {
        model.addAttribute("page", pages.school(runId, schoolId, scope, locale));
        return "identification/school";
    }

    @GetMapping("/identification/runs/{runId}/export")
    void export(@PathVariable UUID runId, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var run = pages.run(runId, scope);
        XlsxTableWriter.download(response, "identification-" + run.year() + ".xlsx", pages.table(run, scope, locale));
    }
}
