package ru.opora.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user's own password: changed at will, and at the first sign-in after a one-time one. */
@Controller
class PasswordController {

    /** The form: the current password and the new one twice. */
    record Change(
            @Nullable String current,
            @Nullable String next,
            @Nullable String repeated) {

        String currentText() {
            return current == null ? "" : current;
        }

        String nextText() {
            return next == null ? "" : next;
        }

        String repeatedText() {
            return repeated == null ? "" : repeated;
        }
    }

    private final OwnPassword passwords;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(OwnPassword passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("forced", user.mustChangePassword());
        model.addAttribute("minLength", passwords.minLength());
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        return "identity/password";
    }

    @PostMapping("/account/password")
    String change(
            @AuthenticationPrincipal SignedInUser user,
            @ModelAttribute Change form,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var problems = passwords.change(user.username(), form.currentText(), form.nextText(), form.repeatedText());
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/account/password";
        }
        // the session's principal no longer holds the one-time password's flag
        var changed = user.withPasswordChanged();
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/";
    }
}
