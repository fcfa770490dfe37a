package ru.opora.identity;

import java.time.Clock;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The region administrator's API tokens: created for a managed user, shown once, revoked at will. */
@Controller
class TokensController {

    /** The creation form. */
    record NewToken(UUID user, String name, int days) {}

    private final ApiTokens tokens;
    private final UserAdministration administration;
    private final Clock clock;

    TokensController(ApiTokens tokens, UserAdministration administration, Clock clock) {
        this.tokens = tokens;
        this.administration = administration;
        this.clock = clock;
    }

    @GetMapping("/admin/tokens")
    String list(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("tokens", tokens.visible(admin));
        model.addAttribute("users", administration.users(admin));
        model.addAttribute("now", clock.instant());
        model.addAttribute("mostDays", ApiTokens.MOST_DAYS);
        return "identity/tokens";
    }

    @PostMapping("/admin/tokens")
    String create(
            @ModelAttribute NewToken form, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("secret", tokens.create(form.user(), form.name(), form.days(), admin));
            flash.addFlashAttribute("secretName", form.name().strip());
        } catch (UserRejected e) {
            flash.addFlashAttribute("problem", e.messageKey);
        }
        return "redirect:/admin/tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes flash) {
        try {
            tokens.revoke(id, admin);
            flash.addFlashAttribute("revoked", true);
        } catch (UserRejected e) {
            flash.addFlashAttribute("problem", e.messageKey);
        }
        return "redirect:/admin/tokens";
    }
}
