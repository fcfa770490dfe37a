package ru.opora.identity;

import java.time.Clock;
import java.time.Instant;
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
    private final org.springframework.context.MessageSource messages;

    TokensController(
            ApiTokens tokens,
            UserAdministration administration,
            Clock clock,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
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

    @GetMapping("/admin/tokens.xlsx")
    void export(
            @AuthenticationPrincipal SignedInUser admin,
            java.util.Locale locale,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        Instant now = clock.instant();
        var rows = new java.util.ArrayList<java.util.List<?>>();
        for (var t : tokens.visible(admin))
            rows.add(java.util.Arrays.asList(
                    t.name(),
                    t.username(),
                    ru.opora.shared.Formats.dateTime(t.createdAt()) + ", " + t.createdBy(),
                    ru.opora.shared.Formats.date(t.expiresAt()),
                    t.lastUsedAt() == null ? "" : ru.opora.shared.Formats.dateTime(t.lastUsedAt()),
                    messages.getMessage(
                            t.revokedAt() != null
                                    ? "tokens.state.revoked"
                                    : t.active(now) ? "tokens.state.active" : "tokens.state.expired",
                            null,
                            locale)));
        var headers = ru.opora.shared.Table.headers(
                messages,
                locale,
                "tokens.name",
                "tokens.user",
                "tokens.created",
                "tokens.expires",
                "tokens.lastUsed",
                "tokens.state");
        ru.opora.shared.XlsxTableWriter.download(
                response,
                "api-tokens.xlsx",
                new ru.opora.shared.Table(messages.getMessage("tokens.title", null, locale), headers, rows));
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
