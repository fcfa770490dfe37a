package ru.opora.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.opora.orgunits.OrgPath;

/** The daily check found measures past their due date and not finished. */
public record MeasuresWentOverdue(LocalDate day, List<Overdue> measures) {

    /** An overdue measure: where it is and what it is. */
    public record Overdue(UUID measureId, UUID schoolId, OrgPath schoolPath, String title, LocalDate due) {}
}
