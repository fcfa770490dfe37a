package ru.opora.risk.profiles;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.QuestionnaireKind;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.ImportReportView;
import ru.opora.shared.importing.StagedUpload;

/** The region's uploads of questionnaire data and ready-made levels; the report shows on the questionnaires page. */
@Controller
class RiskUploadController {

    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final RiskDataLoads loads;
    private final MessageSource messages;

    RiskUploadController(RiskDataLoads loads, MessageSource messages) {
        this.loads = loads;
        this.messages = messages;
    }

    /** What is uploaded, from the path and the form: the questionnaire, aggregates or responses, the cohort. */
    record Target(
            QuestionnaireKind kind, String what, @Nullable Integer year) {}

    @PostMapping("/risk/questionnaires/{kind}/{what}")
    String upload(
            @ModelAttribute Target target,
            @RequestParam("file") MultipartFile file,
            Scope scope,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        try (var staged = StagedUpload.of(file)) {
            var loaded = loads.questionnaire(
                    target.kind(),
                    "responses".equals(target.what()),
                    staged.upload(MAX_BYTES),
                    scope,
                    target.year(),
                    principal.getName());
            return shown(loaded, locale, redirect);
        }
    }

    @PostMapping("/risk/levels")
    String levels(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        try (var staged = StagedUpload.of(file)) {
            return shown(loads.levels(staged.upload(MAX_BYTES), scope, year, principal.getName()), locale, redirect);
        }
    }

    @GetMapping("/risk/levels-template.csv")
    void levelsTemplate(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"risk-levels-template.csv\"");
        String headers = String.join(
                ";", LevelImports.COLUMNS.stream().map(Column::header).toList());
        response.getOutputStream().write(("\uFEFF" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private String shown(RiskDataLoads.Loaded loaded, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("report", ImportReportView.of(loaded.report(), messages, locale));
        if (loaded.report().committed()) redirect.addFlashAttribute("recomputed", loaded.changedProfiles());
        return "redirect:/risk/questionnaires?year=" + loaded.year();
    }
}
