package ru.opora.assessments.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.ImportProblem;

/**
 * The upload of participant-level results: «Проверить» runs the checks and changes nothing,
 * «Загрузить» checks again and replaces the schools' earlier results. An unknown task column can
 * be mapped to a task from the report; the mapping is kept for the assessment's later files.
 */
@Controller
class ResultUploadController {

    /** The upload form: the assessment, an optional school, the file, and whether to check or load. */
    record UploadForm(
            UUID assessment,
            @Nullable UUID school,
            MultipartFile file,
            @Nullable String action) {}

    /** A problem as the report shows it. */
    public record ProblemView(
            String code, int row, @Nullable String column, String value, String message) {}

    private final ResultImport imports;
    private final ColumnMappings mappings;
    private final Catalogue catalogue;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    ResultUploadController(
            ResultImport imports,
            ColumnMappings mappings,
            Catalogue catalogue,
            OrgUnits orgUnits,
            MessageSource messages) {
        this.imports = imports;
        this.mappings = mappings;
        this.catalogue = catalogue;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    @GetMapping("/results/import")
    String form(Scope scope, Model model) {
        model.addAttribute(
                "assessments",
                catalogue.all().stream().filter(a -> !a.tasks().isEmpty()).toList());
        model.addAttribute("schools", orgUnits.inScope(OrgUnitKind.SCHOOL, scope));
        model.addAttribute("maxMegabytes", ResultImport.MAX_BYTES / 1024 / 1024);
        return "assessments/import";
    }

    @PostMapping("/results/import")
    String upload(UploadForm upload, Scope scope, Principal principal, Locale locale, Model model) throws IOException {
        MultipartFile file = upload.file();
        UUID assessment = upload.assessment();
        UUID school = upload.school();
        Path temp = Files.createTempFile("opora-results-", ".upload");
        try {
            file.transferTo(temp);
            String name = file.getOriginalFilename() == null
                    ? "file"
                    : Path.of(file.getOriginalFilename().replace('\\', '/'))
                            .getFileName()
                            .toString();
            var outcome = imports.importFile(new ResultImport.Request(
                    assessment, name, temp, scope, school, principal.getName(), !"load".equals(upload.action())));
            model.addAttribute("outcome", outcome);
            model.addAttribute(
                    "problems",
                    outcome.problems().stream().map(p -> view(p, name, locale)).toList());
            model.addAttribute("chosen", catalogue.find(assessment).orElseThrow());
            model.addAttribute("school", school);
            return form(scope, model);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @PostMapping("/results/import/mapping")
    String map(
            @RequestParam UUID assessment,
            @RequestParam String header,
            @RequestParam String task,
            Principal principal,
            RedirectAttributes flash) {
        var a = catalogue.find(assessment).orElseThrow();
        if (a.task(task).isPresent()) {
            mappings.save(assessment, header, task, principal.getName());
            flash.addFlashAttribute("mapped", header + " → " + task);
        }
        return "redirect:/results/import";
    }

    private ProblemView view(ImportProblem p, String fileName, Locale locale) {
        return new ProblemView(
                p.code(),
                p.row(),
                p.column(),
                p.value(),
                messages.getMessage(p.messageKey(), p.messageArgs(fileName), locale));
    }
}
