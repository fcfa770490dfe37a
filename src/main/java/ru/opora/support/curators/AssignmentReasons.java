package ru.opora.support.curators;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import ru.opora.support.matching.CuratorMatching;

/** The matching's explanation of a pair in words, kept as the assignment's reason. */
@Component
public class AssignmentReasons {

    private final MessageSource messages;

    AssignmentReasons(MessageSource messages) {
        this.messages = messages;
    }

    /** The reason kept with an accepted suggestion: the matching's explanation in words. */
    public String of(CuratorMatching.Pair p, Map<String, String> names) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(
                "support.reason",
                new Object[] {
                    named(p.coveredRisks(), names),
                    named(p.uncoveredRisks(), names),
                    p.coveredSubjects().isEmpty() ? "—" : String.join(", ", p.coveredSubjects()),
                    messages.getMessage(p.sameMunicipality() ? "support.near" : "support.far", null, locale),
                    p.caseloadAfter()
                },
                locale);
    }

    private static String named(List<String> codes, Map<String, String> names) {
        return codes.isEmpty()
                ? "—"
                : String.join(
                        ", ", codes.stream().map(c -> names.getOrDefault(c, c)).toList());
    }
}
