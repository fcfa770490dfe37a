package ru.opora.identity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The audit page's filters as the query string carries them; dates are whole Moscow days. */
record AuditFilterForm(
        @Nullable String actor,
        @Nullable String type,
        @Nullable String text,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate to) {

    AuditLog.Filter toFilter() {
        return new AuditLog.Filter(
                actor == null ? "" : actor,
                type == null ? "" : type,
                text == null ? "" : text,
                from == null
                        ? null
                        : from.atStartOfDay(ru.opora.shared.Formats.zone()).toInstant(),
                to == null
                        ? null
                        : to.plusDays(1)
                                .atStartOfDay(ru.opora.shared.Formats.zone())
                                .toInstant());
    }
}
