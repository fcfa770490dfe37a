package ru.opora.support;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** What other modules read of the curators' visits: the date of each school's newest visit. */
public interface VisitLog {

    /** The newest visit's date by school; schools never visited are absent. */
    Map<UUID, LocalDate> lastVisits(Collection<UUID> schools);
}
