package ru.opora.assessments.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/** Every table of the results pages as an Excel file (see {@link ResultExports}). */
@Controller
class ResultExportsController {

    /** A class of a school, as its page's address names it. */
    record ClassAddress(UUID assessmentId, UUID schoolId, String classLabel) {}

    private final ResultExports exports;

    ResultExportsController(ResultExports exports) {
        this.exports = exports;
    }

    @GetMapping("/results.xlsx")
    void assessments(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        send(response, exports.assessments(scope, locale));
    }

    @GetMapping("/results/{assessmentId}/export")
    void schools(
            @PathVariable UUID assessmentId,
            @RequestParam(defaultValue = "ALL") OvzFilter ovz,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable UUID municipality,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        send(response, exports.schools(assessmentId, ovz, exports.narrow(scope, municipality), locale));
    }

    @GetMapping("/results/{assessmentId}/dynamics.xlsx")
    void dynamics(
            @PathVariable UUID assessmentId,
            @RequestParam(defaultValue = "ALL") OvzFilter ovz,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable UUID municipality,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        send(response, exports.dynamics(assessmentId, ovz, exports.narrow(scope, municipality), locale));
    }

    @GetMapping("/results/{assessmentId}/schools/{schoolId}/export")
    void school(
            @PathVariable UUID assessmentId,
            @PathVariable UUID schoolId,
            ResultExports.SchoolTableParams params,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        send(response, exports.school(assessmentId, schoolId, params, scope, locale));
    }

    /** The school's classes: kept at its own address, which pages and bookmarks already use. */
    @GetMapping("/results/{assessmentId}/schools/{schoolId}/classes.xlsx")
    void classes(
            @PathVariable UUID assessmentId,
            @PathVariable UUID schoolId,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var params = new ResultExports.SchoolTableParams(OvzFilter.ALL, ResultExports.SchoolTable.CLASSES);
        send(response, exports.school(assessmentId, schoolId, params, scope, locale));
    }

    @GetMapping("/results/{assessmentId}/schools/{schoolId}/classes/{classLabel}/export")
    void schoolClass(
            ClassAddress address,
            @RequestParam(defaultValue = "TASKS") ResultExports.ClassTable table,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        send(
                response,
                exports.schoolClass(
                        address.assessmentId(), address.schoolId(), address.classLabel(), table, scope, locale));
    }

    private static void send(HttpServletResponse response, ResultExports.File file) throws IOException {
        XlsxTableWriter.download(response, file.name(), file.table());
    }
}
