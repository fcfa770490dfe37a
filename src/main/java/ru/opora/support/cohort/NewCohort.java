package ru.opora.support.cohort;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The new-cohort form, as typed. */
record NewCohort(
        @Nullable String year,
        @Nullable String name,
        @Nullable String start,
        @Nullable String end,
        @Nullable String candidates) {

    /** The cohort, or null when a field cannot be read or the dates are the wrong way round. */
    Cohorts.@Nullable Cohort toCohort(UUID region) {
        try {
            int y = Integer.parseInt(year == null ? "" : year.strip());
            var from = LocalDate.parse(start == null ? "" : start.strip());
            var to = LocalDate.parse(end == null ? "" : end.strip());
            if (name == null || name.isBlank() || from.isAfter(to) || y < 2000 || y > 2100) return null;
            return new Cohorts.Cohort(region, y, name.strip(), from, to);
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }
}
