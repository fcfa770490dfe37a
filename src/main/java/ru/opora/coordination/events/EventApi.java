package ru.opora.coordination.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;

/** The events' calendar through the API, in the caller's scope as on the pages. */
@RestController
@Tag(name = "Мероприятия")
class EventApi {

    record OccurrenceView(
            UUID event,
            String title,
            String kind,
            String level,
            String organiser,
            LocalDateTime starts,
            LocalDateTime ends,
            String place,
            List<String> audience,
            boolean cancelled,
            boolean registered) {}

    record RegistrationView(String school, int participants, String positions) {}

    record AttendanceView(LocalDate date, String school, int attended) {}

    record EventView(
            UUID id,
            String title,
            String kind,
            String organiser,
            LocalDateTime starts,
            LocalDateTime ends,
            String periodicity,
            @Nullable LocalDate repeatUntil,
            List<LocalDate> dates,
            String place,
            List<String> audience,
            String risk,
            String roadmapRow,
            List<RegistrationView> registrations,
            List<AttendanceView> attendance) {}

    /** The longest span one call reads, in days. */
    private static final int MOST_DAYS = 400;

    private final EventPages pages;

    EventApi(EventPages pages) {
        this.pages = pages;
    }

    @GetMapping("/api/v1/coordination/events")
    @Operation(
            summary = "Мероприятия, которые видит пользователь, по датам проведения (по умолчанию — ближайшие 30 дней)")
    List<OccurrenceView> occurrences(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Scope scope) {
        var start = from == null ? pages.today() : from;
        var end = to == null ? start.plusDays(30) : to;
        if (end.isBefore(start) || end.isAfter(start.plusDays(MOST_DAYS))) throw new NotFound();
        return pages.occurrences(scope, start, end).stream()
                .map(o -> new OccurrenceView(
                        o.event().id(),
                        o.event().title(),
                        o.event().kind().name(),
                        o.event().level(),
                        o.organiser(),
                        o.starts(),
                        o.ends(),
                        o.event().place(),
                        o.event().audience().stream().map(Enum::name).toList(),
                        o.event().cancelled(),
                        o.registered()))
                .toList();
    }

    @GetMapping("/api/v1/coordination/events/{id}")
    @Operation(summary = "Мероприятие: даты, записавшиеся школы, посещаемость (организатору)")
    EventView event(@PathVariable UUID id, Scope scope, Authentication who) {
        var page = pages.event(id, scope, who);
        var e = page.event();
        var attendance = new java.util.ArrayList<AttendanceView>();
        for (var d : page.past())
            for (var l : page.registrations()) {
                var n = page.attended(d, l.r().id());
                if (n != null) attendance.add(new AttendanceView(d, l.school(), n));
            }
        return new EventView(
                e.id(),
                e.title(),
                e.kind().name(),
                page.organiser(),
                e.startsAt(),
                e.endsAt(),
                e.periodicity().name(),
                e.repeatUntil(),
                page.dates(),
                e.place(),
                e.audience().stream().map(Enum::name).toList(),
                page.risk(),
                e.roadmapRow(),
                page.registrations().stream()
                        .map(l -> new RegistrationView(l.school(), l.r().participants(), l.r().positions()))
                        .toList(),
                attendance);
    }
}
