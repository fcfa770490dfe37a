package ru.opora.coordination.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.OrgPath;

/**
 * An event of a plan (§4.10): a seminar, a master class, a «методический десант», an open day, an
 * internship site's day; once, or every month or quarter on its first date's day until a date.
 */
record Event(
        UUID id,
        UUID organiserId,
        OrgPath organiser,
        Kind kind,
        String title,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        Periodicity periodicity,
        @Nullable LocalDate repeatUntil,
        String place,
        List<Audience> audience,
        @Nullable String riskCode,
        String roadmapRow,
        String description,
        boolean cancelled,
        String createdBy) {

    enum Kind {
        SEMINAR,
        MASTER_CLASS,
        /** «Методический десант»: a team of methodists visiting a school for a day. */
        METHODICAL_LANDING,
        OPEN_DAY,
        /** «Стажировочная площадка»: a strong school's day for others' teachers. */
        INTERNSHIP_SITE,
        CONFERENCE,
        CONSULTATION,
        OTHER
    }

    enum Periodicity {
        ONCE(0),
        MONTHLY(1),
        QUARTERLY(3);

        final int months;

        Periodicity(int months) {
            this.months = months;
        }
    }

    enum Audience {
        SHNOR_SCHOOLS,
        TEACHERS,
        DIRECTORS,
        PARENTS
    }

    /** The level whose plan holds the event: the organiser's kind. */
    public String level() {
        return organiser.kind().name();
    }

    /** The dates the event takes place on, first to last. */
    public List<LocalDate> occurrences() {
        var first = startsAt.toLocalDate();
        if (periodicity == Periodicity.ONCE || repeatUntil == null) return List.of(first);
        var dates = new ArrayList<LocalDate>();
        for (int n = 0; ; n++) {
            var d = first.plusMonths((long) n * periodicity.months);
            if (d.isAfter(repeatUntil)) break;
            dates.add(d);
        }
        return dates;
    }

    public boolean occursOn(LocalDate day) {
        return occurrences().contains(day);
    }

    /** The last date the event takes place on. */
    public LocalDate lastDate() {
        var all = occurrences();
        return all.getLast();
    }

    /** How many days the event lasts (an internship may run over several days). */
    public long extraDays() {
        return java.time.temporal.ChronoUnit.DAYS.between(startsAt.toLocalDate(), endsAt.toLocalDate());
    }
}
