package ru.opora.identification.facts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.ImportReportView;
import ru.opora.shared.importing.StagedUpload;

/** The region admin's uploads of re-checks, the federal list, the social index and observers' records. */
@Controller
class FactsController {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final RecordedFacts facts;
    private final FactImports imports;
    private final MessageSource messages;

    FactsController(RecordedFacts facts, FactImports imports, MessageSource messages) {
        this.facts = facts;
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/identification/facts")
    String page(Scope scope, Model model) {
        model.addAttribute("observations", facts.observations(scope, null, 200));
        return "identification/facts";
    }

    @GetMapping("/identification/facts/{kind}-template.csv")
    void template(@PathVariable String kind, HttpServletResponse response) throws IOException {
        var k = kind(kind);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + k.templateName() + "\"");
        String headers =
                String.join(";", k.columns().stream().map(Column::header).toList());
        response.getOutputStream().write(("\uFEFF" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/identification/facts/{kind}")
    String upload(
            @PathVariable String kind,
            @RequestParam("file") MultipartFile file,
            Scope scope,
            Principal principal,
            Locale locale,
            Model model) {
        var k = kind(kind);
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region loads these");
        try (var staged = StagedUpload.of(file)) {
            var report = imports.load(k, staged.upload(MAX_BYTES), scope, principal.getName());
            model.addAttribute("kind", k.slug());
            model.addAttribute("report", ImportReportView.of(report, messages, locale));
        }
        return page(scope, model);
    }

    private static FactKind kind(String slug) {
        return FactKind.of(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
