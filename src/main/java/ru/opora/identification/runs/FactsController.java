package ru.opora.identification.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.opora.orgunits.Scope;

/** The region admin's uploads of re-check results and of the federal list, with their templates. */
@Controller
class FactsController {

    private final RecordedFacts facts;
    private final MessageSource messages;

    FactsController(RecordedFacts facts, MessageSource messages) {
        this.facts = facts;
        this.messages = messages;
    }

    @GetMapping("/identification/facts")
    String page(Scope scope, Model model) {
        model.addAttribute("observations", facts.observations(scope, null, 200));
        return "identification/facts";
    }

    @GetMapping("/identification/facts/{kind}-template.csv")
    void template(@PathVariable String kind, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        String[] headers = switch (kind) {
            case "recheck" -> RecordedFacts.RECHECK;
            case "observation" -> RecordedFacts.OBSERVATION;
            case "social" -> RecordedFacts.SOCIAL;
            default -> RecordedFacts.FEDERAL;
        };
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + (headers == RecordedFacts.FEDERAL ? "federal-list" : kind)
                        + "-template.csv\"");
        response.getOutputStream()
                .write(("\uFEFF" + String.join(";", headers) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/identification/facts/{kind}")
    String upload(
            @PathVariable String kind,
            @RequestParam("file") MultipartFile file,
            Scope scope,
            Principal principal,
            Locale locale,
            Model model)
            throws IOException {
        if (!scope.isRegionWide())
            throw new org.springframework.security.access.AccessDeniedException("the region loads these");
        Path temp = Files.createTempFile("opora-facts-", ".upload");
        try {
            file.transferTo(temp);
            String name = file.getOriginalFilename() == null
                    ? kind
                    : Path.of(file.getOriginalFilename().replace('\\', '/'))
                            .getFileName()
                            .toString();
            var outcome = switch (kind) {
                case "recheck" -> facts.importRechecks(name, temp, scope, principal.getName());
                case "observation" -> facts.importObservations(name, temp, scope, principal.getName());
                case "social" -> facts.importSocialIndex(name, temp, scope, principal.getName());
                default -> facts.importFederalList(name, temp, scope, principal.getName());
            };
            model.addAttribute("kind", kind);
            model.addAttribute("loaded", outcome.problems().isEmpty() ? outcome.rows() : null);
            model.addAttribute(
                    "problems",
                    outcome.problems().stream()
                            .map(p -> messages.getMessage(p.messageKey(), p.messageArgs(name), locale))
                            .toList());
        } finally {
            Files.deleteIfExists(temp);
        }
        model.addAttribute("observations", facts.observations(scope, null, 200));
        return "identification/facts";
    }
}
