package ru.opora.coordination.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Table;

/** The calendar's tables for Excel: a year's plan, and one event's registrations and attendance. */
@Component
class EventTables {

    private final EventPages pages;
    private final MessageSource messages;

    EventTables(EventPages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    /** Every occurrence of the year the scope sees. */
    Table plan(Scope scope, int year) {
        Locale locale = LocaleContextHolder.getLocale();
        var rows = new ArrayList<List<?>>();
        for (var o : pages.occurrences(scope, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            var e = o.event();
            rows.add(Arrays.asList(
                    o.starts(),
                    o.ends(),
                    msg("coordination.event.kind." + e.kind(), locale),
                    e.title(),
                    msg("coordination.event.level." + e.level(), locale),
                    o.organiser(),
                    e.place(),
                    String.join(
                            ", ",
                            e.audience().stream()
                                    .map(a -> msg("coordination.event.audience." + a, locale))
                                    .toList()),
                    msg("coordination.event.periodicity." + e.periodicity(), locale),
                    e.roadmapRow(),
                    e.cancelled() ? msg("coordination.event.cancelledMark", locale) : ""));
        }
        return new Table(
                msg("coordination.events.export", locale) + " " + year,
                Table.headers(
                        messages,
                        locale,
                        "coordination.event.starts",
                        "coordination.event.ends",
                        "coordination.event.kind.label",
                        "coordination.event.title.label",
                        "coordination.event.level",
                        "coordination.event.organiser",
                        "coordination.event.place.label",
                        "coordination.event.audience.label",
                        "coordination.event.periodicity.label",
                        "coordination.event.roadmapRow.label",
                        "coordination.event.state"),
                rows);
    }

    /** The registered schools with what they registered and who came to each date that took place. */
    Table event(EventPages.EventPage page) {
        Locale locale = LocaleContextHolder.getLocale();
        var headers = new ArrayList<>(Table.headers(
                messages,
                locale,
                "coordination.registration.school",
                "coordination.registration.participants.label",
                "coordination.registration.positions.label"));
        for (var d : page.past()) headers.add(ru.opora.shared.Formats.date(d));
        var rows = new ArrayList<List<?>>();
        for (var l : page.registrations()) {
            var row = new ArrayList<Object>(List.of(l.school(), l.r().participants(), l.r().positions()));
            for (var d : page.past()) row.add(page.attended(d, l.r().id()));
            rows.add(row);
        }
        return new Table(page.event().title(), headers, rows);
    }

    /** The participants' feedback (the organiser's; empty for others). */
    Table feedback(EventPages.EventPage page) {
        Locale locale = LocaleContextHolder.getLocale();
        var rows = page.feedback().stream()
                .map(f -> List.<Object>of(f.occursOn(), f.rating(), f.useful(), f.wishes()))
                .toList();
        return new Table(
                page.event().title() + ": " + msg("coordination.feedback.title", locale),
                Table.headers(
                        messages,
                        locale,
                        "coordination.attendance.date",
                        "coordination.feedback.rating",
                        "coordination.feedback.useful",
                        "coordination.feedback.wishes"),
                rows);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
