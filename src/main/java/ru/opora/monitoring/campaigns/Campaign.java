package ru.opora.monitoring.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.opora.monitoring.indicators.Indicator;
import ru.opora.orgunits.OrgPath;

/**
 * A monitoring campaign of a cohort (docs/domain.md §4.6, §8.4) with the indicator set it was
 * created with.
 */
public record Campaign(
        UUID id,
        UUID regionId,
        OrgPath regionPath,
        int cohortYear,
        Kind kind,
        Status status,
        LocalDate opensOn,
        LocalDate dueOn,
        int indicatorVersion,
        List<Indicator> indicators,
        String createdBy) {

    /** The measuring points of a cohort. */
    public enum Kind {
        INITIAL,
        QUARTERLY,
        INTERMEDIATE,
        FINAL
    }

    /** §8.4: draft → open (schools enter) → closed (no edits; confirmation) → published. */
    public enum Status {
        DRAFT,
        OPEN,
        CLOSED,
        PUBLISHED;

        /** The statuses a campaign may move to from this one; a closed campaign may be reopened. */
        public List<Status> next() {
            return switch (this) {
                case DRAFT -> List.of(OPEN);
                case OPEN -> List.of(CLOSED);
                case CLOSED -> List.of(OPEN, PUBLISHED);
                case PUBLISHED -> List.of();
            };
        }
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Schools may enter and correct values only while it is open. */
    public boolean open() {
        return status == Status.OPEN;
    }

    /** Values are reviewed while open (as they come in) and once closed. */
    public boolean underReview() {
        return status == Status.OPEN || status == Status.CLOSED;
    }
}
