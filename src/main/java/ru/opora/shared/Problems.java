package ru.opora.shared;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a refused form says on the page it returns to: its problems' messages in the reader's language. */
public final class Problems {

    private Problems() {}

    /** Puts the messages of the keys into the flash attribute {@code problems}. */
    public static void flash(RedirectAttributes flash, MessageSource messages, List<String> keys) {
        var locale = LocaleContextHolder.getLocale();
        flash.addFlashAttribute(
                "problems",
                keys.stream().map(k -> messages.getMessage(k, null, locale)).toList());
    }

    /** Puts one message with its arguments into {@code problems}. */
    public static void flash(RedirectAttributes flash, MessageSource messages, String key, Object[] args) {
        flash.addFlashAttribute("problems", List.of(messages.getMessage(key, args, LocaleContextHolder.getLocale())));
    }
}
