package ru.opora.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something a school's staff must hear of in monitoring: a campaign opened for it, its deadline
 * near or passed with values still missing, a value returned by the curator. Coordination turns it
 * into notifications (and e-mails) after the change commits.
 *
 * @param campaignTitle how people read the campaign, e.g. «Входной мониторинг — когорта 2026»
 * @param schools the schools concerned, by id
 * @param detail for a returned value: the indicator and the comment; null otherwise
 */
public record MonitoringNotice(
        Kind kind,
        UUID campaignId,
        String campaignTitle,
        LocalDate due,
        List<UUID> schools,
        @Nullable String detail) {

    /** What happened. */
    public enum Kind {
        OPENED,
        DUE_SOON,
        OVERDUE,
        RETURNED
    }

    public MonitoringNotice {
        schools = List.copyOf(schools);
    }
}
