package ru.opora.identity;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.shared.XlsxTableWriter;

/** User administration pages for region admins. */
@Controller
class UsersController {

    private final UserAdministration administration;
    private final UserPages pages;

    UsersController(UserAdministration administration, UserPages pages) {
        this.administration = administration;
        this.pages = pages;
    }

    @GetMapping("/admin/users")
    String list(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("users", administration.users(admin));
        return "identity/users";
    }

    @GetMapping("/admin/users/export")
    void export(@AuthenticationPrincipal SignedInUser admin, Locale locale, HttpServletResponse response)
            throws IOException {
        XlsxTableWriter.download(response, "users.xlsx", pages.table(admin, locale));
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
        model.addAttribute("choices", pages.choices(admin));
        return "identity/user-form";
    }
}
