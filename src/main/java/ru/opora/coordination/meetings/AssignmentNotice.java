package ru.opora.coordination.meetings;

import java.time.LocalDate;
import java.util.UUID;
import ru.opora.orgunits.OrgPath;

/**
 * Something about an assignment its people must hear: issued, a step of the assignee or the issuer,
 * or the deadline passed (then the level above the assignee hears too). {@code to} is the org unit
 * whose people are told; {@code issuer} the one that issued it.
 */
public record AssignmentNotice(
        UUID assignment, Kind kind, OrgPath to, OrgPath issuer, String text, LocalDate due, String note) {

    public enum Kind {
        ISSUED,
        ACCEPT,
        START,
        REPORT,
        CLOSE,
        RETURN,
        CANCEL,
        REMIND,
        OVERDUE
    }
}
