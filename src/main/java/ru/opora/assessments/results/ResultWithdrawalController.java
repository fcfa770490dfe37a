package ru.opora.assessments.results;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;

/** The withdrawal form of the upload page: one school's results or all in the user's scope, with a reason. */
@Controller
class ResultWithdrawalController {

    /** The form: the assessment, the school (none for all), the reason. */
    record WithdrawForm(
            UUID assessment,
            @Nullable UUID school,
            @Nullable String reason) {}

    private final ResultWithdrawal withdrawal;
    private final MessageSource messages;

    ResultWithdrawalController(ResultWithdrawal withdrawal, MessageSource messages) {
        this.withdrawal = withdrawal;
        this.messages = messages;
    }

    @PostMapping("/results/import/withdraw")
    String withdraw(
            @ModelAttribute WithdrawForm form,
            Scope scope,
            Principal principal,
            Locale locale,
            RedirectAttributes flash) {
        try {
            String reason = form.reason() == null ? "" : form.reason();
            var done = withdrawal.withdraw(form.assessment(), form.school(), reason, scope, principal.getName());
            String title = done.assessment().title();
            flash.addFlashAttribute(
                    "withdrawn",
                    done.schools() == 0
                            ? messages.getMessage("results.withdraw.none", new Object[] {title}, locale)
                            : messages.getMessage(
                                    "results.withdraw.done",
                                    new Object[] {title, Formats.integer(done.schools()), Formats.integer(done.works())
                                    },
                                    locale));
        } catch (ResultWithdrawal.ReasonMissing e) {
            flash.addFlashAttribute("withdrawProblem", "results.withdraw.error.reason");
        }
        return "redirect:/results/import#withdraw";
    }
}
