package ru.opora.orgunits.register;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/** The municipalities list with its schools' totals, its export, and the add/edit form. */
@Controller
class MunicipalitiesController {

    private final SchoolQueries queries;
    private final Municipalities municipalities;
    private final MunicipalityRegister register;
    private final MessageSource messages;

    MunicipalitiesController(
            SchoolQueries queries,
            Municipalities municipalities,
            MunicipalityRegister register,
            MessageSource messages) {
        this.queries = queries;
        this.municipalities = municipalities;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping("/municipalities")
    String list(Scope scope, Model model) {
        model.addAttribute("municipalities", queries.municipalities(scope));
        return "orgunits/municipalities";
    }

    @GetMapping("/municipalities/export")
    void export(Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var rows = new ArrayList<List<?>>();
        for (var m : queries.municipalities(scope))
            rows.add(java.util.Arrays.asList(
                    m.code(),
                    m.name(),
                    m.authorityName(),
                    m.oktmo(),
                    m.schools(),
                    m.students(),
                    m.teachers(),
                    m.rural(),
                    m.adverse()));
        var headers = List.of(
                        "municipality.code",
                        "municipality.name",
                        "municipality.authority",
                        "municipality.oktmo",
                        "municipality.schools",
                        "municipality.students",
                        "municipality.teachers",
                        "municipality.rural",
                        "municipality.adverse")
                .stream()
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
        XlsxTableWriter.download(
                response,
                "municipalities.xlsx",
                new Table(messages.getMessage("municipalities.title", null, locale), headers, rows));
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
        var m = inScope(id, scope);
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
        inScope(id, scope);
        if (errors.hasErrors()) return "orgunits/municipality-form";
        register.change(id, form, scope, principal.getName());
        flash.addFlashAttribute("saved", form.name());
        return "redirect:/municipalities";
    }

    private Municipalities.Located inScope(UUID id, Scope scope) {
        var m = municipalities.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!scope.permits(m.path())) throw new AccessDeniedException("municipality outside the scope");
        return m;
    }
}
