package ru.opora.coordination.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;

/** Meetings and assignments through the API, in the caller's scope as on the pages. */
@RestController
@Tag(name = "Совещания и поручения")
class CoordinationApi {

    /** An assignment with both sides named. */
    record AssignmentLine(
            UUID id,
            String issuer,
            String assignee,
            String text,
            String reportForm,
            java.time.LocalDate due,
            String state,
            boolean overdue,
            String report) {}

    record MeetingView(
            Meetings.Meeting meeting, String holder, List<Meetings.Item> items, List<AssignmentLine> assignments) {}

    private final MeetingPages pages;

    CoordinationApi(MeetingPages pages) {
        this.pages = pages;
    }

    @GetMapping("/api/v1/coordination/assignments")
    @Operation(summary = "Поручения, выданные в области видимости и выданные ей, ближайший срок первым")
    List<AssignmentLine> assignments(Scope scope, Authentication who) {
        var page = pages.overview(scope, who);
        var seen = new java.util.LinkedHashMap<UUID, AssignmentLine>();
        for (var list : List.of(page.given(), page.issued())) for (var l : list) seen.putIfAbsent(l.a().id(), line(l));
        return List.copyOf(seen.values());
    }

    @GetMapping("/api/v1/coordination/meetings/{id}")
    @Operation(summary = "Протокол совещания: повестка, слушали/выступили/решили, поручения")
    MeetingView meeting(@PathVariable UUID id, Scope scope, Authentication who) {
        var page = pages.meeting(id, scope, who);
        var lines = page.byItem().values().stream()
                .flatMap(List::stream)
                .map(CoordinationApi::line)
                .toList();
        return new MeetingView(page.meeting(), page.holder(), page.items(), lines);
    }

    @GetMapping("/api/v1/coordination/meetings")
    @Operation(summary = "Совещания области видимости и те, чьи поручения даны ей")
    List<Meetings.Meeting> meetings(Scope scope, Authentication who) {
        return pages.overview(scope, who).meetings();
    }

    private static AssignmentLine line(MeetingPages.Line l) {
        var a = l.a();
        return new AssignmentLine(
                a.id(),
                l.issuer(),
                l.assignee(),
                a.text(),
                a.reportForm(),
                a.due(),
                a.state().name(),
                a.overdue(),
                a.report());
    }
}
