package ru.opora.identification.runs;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/** Context-adjusted expectations (see {@link ContextPage}). */
@Controller
class ContextController {

    private final ContextPage pages;

    ContextController(ContextPage pages) {
        this.pages = pages;
    }

    @GetMapping("/identification/context")
    String page(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "1.5") double z,
            Scope scope,
            Model model) {
        model.addAttribute("page", pages.page(year, z, scope));
        return "identification/context";
    }

    @GetMapping("/identification/context.xlsx")
    void export(
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        XlsxTableWriter.download(response, "context.xlsx", pages.table(year, scope, locale));
    }
}
