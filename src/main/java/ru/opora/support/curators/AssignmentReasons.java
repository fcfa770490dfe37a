package ru.opora.support.curators;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import ru.opora.support.matching.CuratorMatching;

/**
 * The matching's explanation of a pair in words, kept as the assignment's reason: risks and subjects
 * by their names, never by code, since the reason is shown as it was kept.
 */
@Component
public class AssignmentReasons {

    /** The language of a reason kept outside a request (the demo's matching): the region's own. */
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageSource messages;
    private final SupportDirectory directory;

    AssignmentReasons(MessageSource messages, SupportDirectory directory) {
        this.messages = messages;
        this.directory = directory;
    }

    /** Words for the pairs of one matching of the region: its factor names are read once. */
    public Function<CuratorMatching.Pair, String> forMatching(Suggestions.Result result, UUID regionId, int year) {
        var factors = directory.factors(regionId, year);
        Locale locale = locale();
        return p -> of(p, factors, result.subjectNames(), locale);
    }

    String of(CuratorMatching.Pair p, Map<String, String> factors, Map<String, String> subjects, Locale locale) {
        return messages.getMessage(
                "support.reason",
                new Object[] {
                    named(p.coveredRisks(), factors),
                    named(p.uncoveredRisks(), factors),
                    named(p.coveredSubjects(), subjects),
                    messages.getMessage(p.sameMunicipality() ? "support.near" : "support.far", null, locale),
                    p.caseloadAfter()
                },
                locale);
    }

    /** The reader's language in a request; Russian when there is no request (the server's own locale is no guide). */
    static Locale locale() {
        return LocaleContextHolder.getLocaleContext() == null ? RUSSIAN : LocaleContextHolder.getLocale();
    }

    private static String named(List<String> codes, Map<String, String> names) {
        return codes.isEmpty()
                ? "—"
                : String.join(
                        ", ", codes.stream().map(c -> names.getOrDefault(c, c)).toList());
    }
}
