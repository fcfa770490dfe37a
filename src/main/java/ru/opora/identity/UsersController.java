package ru.opora.identity;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/** User administration pages for region admins. */
@Controller
class UsersController {

    private final UserAdministration administration;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    UsersController(UserAdministration administration, OrgUnits orgUnits, MessageSource messages) {
        this.administration = administration;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String list(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("users", administration.users(admin));
        return "identity/users";
    }

    @GetMapping("/admin/users/export")
    void export(@AuthenticationPrincipal SignedInUser admin, Locale locale, HttpServletResponse response)
            throws IOException {
        var rows = new ArrayList<List<?>>();
        for (var u : administration.users(admin))
            rows.add(java.util.Arrays.asList(
                    u.username(),
                    u.fullName(),
                    u.email(),
                    msg(u.role().messageKey(), locale),
                    u.enabled(),
                    u.scope().stream().map(OrgUnitRef::name).collect(Collectors.joining("; "))));
        var headers = List.of(
                        "users.username", "users.fullName", "users.email", "users.role", "users.enabled", "users.scope")
                .stream()
                .map(k -> msg(k, locale))
                .toList();
        XlsxTableWriter.download(response, "users.xlsx", new Table(msg("users.title", locale), headers, rows));
    }

    @GetMapping("/admin/users/new")
    String newForm(@AuthenticationPrincipal SignedInUser admin, Model model) {
        return form(UserForm.empty(), null, admin, model);
    }

    @PostMapping("/admin/users")
    String create(
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser admin,
            Model model,
            RedirectAttributes flash) {
        if (errors.hasErrors()) return form(form, null, admin, model);
        try {
            String password = administration.create(form.toSpec(), admin);
            flash.addFlashAttribute("password", password);
            flash.addFlashAttribute("passwordFor", form.username());
            return "redirect:/admin/users";
        } catch (UserRejected e) {
            errors.reject(e.messageKey, e.args, e.messageKey);
            return form(form, null, admin, model);
        }
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser admin, Model model) {
        return form(UserForm.of(administration.user(id, admin)), id, admin, model);
    }

    @PostMapping("/admin/users/{id}")
    String change(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser admin,
            Model model,
            RedirectAttributes flash) {
        if (errors.hasErrors()) return form(form, id, admin, model);
        try {
            administration.change(id, form.toSpec(), admin);
            flash.addFlashAttribute("saved", form.username());
            return "redirect:/admin/users";
        } catch (UserRejected e) {
            errors.reject(e.messageKey, e.args, e.messageKey);
            return form(form, id, admin, model);
        }
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes flash) {
        return act(() -> administration.disable(id, admin), "users.disabled", flash);
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes flash) {
        return act(() -> administration.enable(id, admin), "users.enabled.done", flash);
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("password", administration.resetPassword(id, admin));
            flash.addFlashAttribute(
                    "passwordFor", administration.user(id, admin).username());
        } catch (UserRejected e) {
            flash.addFlashAttribute("problem", e.messageKey);
        }
        return "redirect:/admin/users";
    }

    private String act(Runnable action, String doneKey, RedirectAttributes flash) {
        try {
            action.run();
            flash.addFlashAttribute("done", doneKey);
        } catch (UserRejected e) {
            flash.addFlashAttribute("problem", e.messageKey);
        }
        return "redirect:/admin/users";
    }

    private String form(UserForm form, @Nullable UUID id, SignedInUser admin, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("roles", Role.values());
        var municipalities = orgUnits.inScope(OrgUnitKind.MUNICIPALITY, admin.scope());
        var schools = orgUnits.inScope(OrgUnitKind.SCHOOL, admin.scope());
        model.addAttribute("regions", orgUnits.inScope(OrgUnitKind.REGION, admin.scope()));
        model.addAttribute("municipalities", municipalities);
        model.addAttribute(
                "schoolsByMunicipality", schools.stream().collect(Collectors.groupingBy(OrgUnitRef::parentId)));
        return "identity/user-form";
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
