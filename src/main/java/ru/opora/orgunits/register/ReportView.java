package ru.opora.orgunits.register;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** An import report as the page and the API show it: every problem rendered into a sentence. */
public record ReportView(
        String fileName,
        int dataRows,
        boolean ok,
        boolean committed,
        int added,
        int updated,
        int unchanged,
        int problemCount,
        List<Problem> problems,
        @Nullable UUID uploadId) {

    /** One problem: where it is and what is wrong, in the reader's language. */
    public record Problem(String code, int row, @Nullable String column, String message) {}

    static ReportView of(ImportReport report, MessageSource messages, Locale locale) {
        var problems = report.problems().stream()
                .map(p -> new Problem(
                        p.code(),
                        p.row(),
                        p.column(),
                        messages.getMessage(p.messageKey(), p.messageArgs(report.fileName()), locale)))
                .toList();
        return new ReportView(
                report.fileName(),
                report.dataRows(),
                report.ok(),
                report.committed(),
                report.added(),
                report.updated(),
                report.unchanged(),
                report.problemCount(),
                problems,
                report.uploadId());
    }
}
