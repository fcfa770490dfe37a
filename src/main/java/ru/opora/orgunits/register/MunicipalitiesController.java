package ru.opora.orgunits.register;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;
import ru.opora.shared.importing.ImportReportView;
import ru.opora.shared.importing.StagedUpload;

/** The municipalities list with its schools' totals, its export, and the add/edit form. */
@Controller
class MunicipalitiesController {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final RegisterPages pages;
    private final MunicipalityRegister register;
    private final MunicipalityImport imports;
    private final MessageSource messages;

    MunicipalitiesController(
            RegisterPages pages, MunicipalityRegister register, MunicipalityImport imports, MessageSource messages) {
        this.pages = pages;
        this.register = register;
        this.imports = imports;
        this.messages = messages;
    }

    /** A file of municipalities: checked only, or loaded (all or nothing). */
    @PostMapping("/municipalities/import")
    String importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "check") String action,
            Scope scope,
            Principal principal,
            Locale locale,
            RedirectAttributes flash) {
        try (var staged = StagedUpload.of(file)) {
            var report =
                    imports.importFile(staged.upload(MAX_BYTES), scope, principal.getName(), !"load".equals(action));
            flash.addFlashAttribute("report", ImportReportView.of(report, messages, locale));
        }
        return "redirect:/municipalities";
    }

    @GetMapping("/municipalities")
    String list(Scope scope, Model model) {
        model.addAttribute("municipalities", pages.municipalities(scope));
        return "orgunits/municipalities";
    }

    @GetMapping("/municipalities/export")
    void export(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "municipalities.xlsx", pages.municipalitiesTable(scope, locale));
    }

    @GetMapping("/municipalities/new")
    String addForm(Model model) {
        model.addAttribute("form", MunicipalityForm.empty());
        return "orgunits/municipality-form";
    }

    @PostMapping("/municipalities")
    String add(
            @Valid @ModelAttribute("form") MunicipalityForm form,
            BindingResult errors,
            Scope scope,
            Principal principal,
            RedirectAttributes flash) {
        if (errors.hasErrors()) return "orgunits/municipality-form";
        try {
            register.add(form, scope, principal.getName());
        } catch (MunicipalityForm.CodeTaken e) {
            errors.rejectValue("code", "municipality.error.codeTaken");
            return "orgunits/municipality-form";
        }
        flash.addFlashAttribute("saved", form.name());
        return "redirect:/municipalities";
    }

    @GetMapping("/municipalities/{id}/edit")
    String editForm(@PathVariable UUID id, Scope scope, Model model) {
        var m = pages.municipality(id, scope);
        model.addAttribute("form", MunicipalityForm.of(m.municipality()));
        return "orgunits/municipality-form";
    }

    @PostMapping("/municipalities/{id}")
    String edit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") MunicipalityForm form,
            BindingResult errors,
            Scope scope,
            Principal principal,
            RedirectAttributes flash) {
        pages.municipality(id, scope);
        if (errors.hasErrors()) return "orgunits/municipality-form";
        register.change(id, form, scope, principal.getName());
        flash.addFlashAttribute("saved", form.name());
        return "redirect:/municipalities";
    }
}
