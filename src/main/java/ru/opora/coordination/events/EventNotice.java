package ru.opora.coordination.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.opora.orgunits.OrgPath;

/** An event comes soon: the people of the registered schools and of the organiser are reminded. */
public record EventNotice(UUID event, String title, LocalDate occursOn, String time, String place, List<OrgPath> to) {

    public EventNotice {
        to = List.copyOf(to);
    }
}
