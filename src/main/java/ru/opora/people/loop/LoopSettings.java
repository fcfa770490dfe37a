package ru.opora.people.loop;

import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The loop's two settings. A course counts for the next ВПР when it ended before that ВПР's window
 * opens ({@code opora.people.loop.next-vpr-from}, 1 April by default: ВПР are written in spring);
 * a school's change in a skill is «better» or «worse» than the region's when it differs from the
 * region's change by at least {@code opora.people.loop.margin} percentage points (3 by default).
 */
@Component
class LoopSettings {

    private final MonthDay nextVprFrom;
    private final double margin;

    LoopSettings(
            @Value("${opora.people.loop.next-vpr-from:--04-01}") String nextVprFrom,
            @Value("${opora.people.loop.margin:3}") double margin) {
        this.nextVprFrom = MonthDay.parse(nextVprFrom);
        this.margin = margin;
    }

    public double margin() {
        return margin;
    }

    /** The day before which a course counts for the ВПР of {@code year}. */
    public LocalDate cutoff(int year) {
        return nextVprFrom.atYear(year);
    }
}
