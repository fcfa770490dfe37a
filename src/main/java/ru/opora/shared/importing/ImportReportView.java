package ru.opora.shared.importing;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import ru.opora.shared.Formats;

/**
 * An import report as a page and the API show it: every problem written out as a sentence naming
 * the file, row and column, and a line for each kind of problem with more rows than are shown.
 */
public record ImportReportView(
        String fileName,
        int dataRows,
        boolean ok,
        boolean committed,
        int added,
        int replaced,
        int unchanged,
        int problemCount,
        List<Problem> problems,
        List<String> more)
        implements java.io.Serializable { // flashed through the session to the page after a redirect

    /** One problem: where it is and what is wrong, in the reader's language. */
    public record Problem(String code, int row, @Nullable String column, String value, String message)
            implements java.io.Serializable {}

    public static ImportReportView of(ImportReport report, MessageSource messages, Locale locale) {
        var problems = report.problems().stream()
                .map(p -> new Problem(
                        p.code(),
                        p.row(),
                        p.column(),
                        p.value(),
                        messages.getMessage(p.messageKey(), p.messageArgs(report.fileName()), locale)))
                .toList();
        var more = report.overflow().stream()
                .map(o -> {
                    String rows = Formats.plural(
                            o.more(),
                            messages.getMessage("import.row.one", null, locale),
                            messages.getMessage("import.row.few", null, locale),
                            messages.getMessage("import.row.many", null, locale));
                    String key = o.code().isEmpty()
                            ? "import.more.other"
                            : o.column() == null ? "import.more" : "import.more.column";
                    return messages.getMessage(
                            key, new Object[] {Formats.integer(o.more()), o.column(), o.code(), rows}, locale);
                })
                .toList();
        return new ImportReportView(
                report.fileName(),
                report.dataRows(),
                report.ok(),
                report.committed(),
                report.tally().added(),
                report.tally().replaced(),
                report.tally().unchanged(),
                report.problemCount(),
                problems,
                more);
    }
}
