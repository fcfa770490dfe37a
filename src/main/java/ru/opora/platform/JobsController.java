package ru.opora.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/** The region administrators' list of every background job of their region, whoever started it. */
@Controller
class JobsController {

    private final JobsPage page;

    JobsController(JobsPage page) {
        this.page = page;
    }

    @GetMapping("/admin/jobs")
    String region(Scope scope, Locale locale, Model model) {
        model.addAttribute("jobs", page.lines(scope, locale));
        return "platform/jobs";
    }

    @GetMapping("/admin/jobs.xlsx")
    void export(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "jobs.xlsx", page.table(scope, locale));
    }
}
