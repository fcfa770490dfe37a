package ru.opora.support.curators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import ru.opora.support.matching.CuratorMatching;

/**
 * An accepted suggestion keeps its reason as text, shown to everyone as kept: risks and subjects by
 * name, and in Russian when no reader's language is known (the demo's matching at start-up, on a
 * server whose own locale is English).
 */
class AssignmentReasonsTests {

    private final Locale jvmDefault = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(jvmDefault);
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void namesRisksAndSubjectsNeverTheirCodes() {
        var pair = new CuratorMatching.Pair(
                UUID.randomUUID(),
                "curator",
                List.of("EQUIPMENT"),
                List.of("LOW_MOTIVATION"),
                List.of("MA"),
                List.of(),
                false,
                2,
                0.5);
        String reason = reasons()
                .of(
                        pair,
                        Map.of(
                                "EQUIPMENT",
                                "Низкий уровень оснащения школы",
                                "LOW_MOTIVATION",
                                "Низкая учебная мотивация"),
                        Map.of("MA", "Математика"),
                        Locale.forLanguageTag("ru"));
        assertThat(reason)
                .isEqualTo("По предложению: риски покрыты — Низкий уровень оснащения школы; не покрыты — Низкая учебная"
                        + " мотивация; предметы — Математика; другой муниципалитет; нагрузка 2.")
                .doesNotContain("EQUIPMENT", "MA,", "— MA");
    }

    @Test
    void isRussianOutsideARequestWhateverTheServersLocale() {
        Locale.setDefault(Locale.ENGLISH);
        LocaleContextHolder.resetLocaleContext();
        assertThat(AssignmentReasons.locale().getLanguage()).isEqualTo("ru");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(AssignmentReasons.locale())
                .as("a reader's own choice in a request")
                .isEqualTo(Locale.ENGLISH);
    }

    private static AssignmentReasons reasons() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        // the factor names come in the call; the directory is not read
        return new AssignmentReasons(messages, null);
    }
}
