package ru.opora.planning.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.planning.execution.Measures;
import ru.opora.planning.review.Reviews;
import ru.opora.shared.Formats;
import ru.opora.shared.TodayLine;

/**
 * The plans' part of «what is mine to do today» on the start page: measures overdue or due this
 * week (one by one for a school, counted for more schools), documents returned to the school for
 * revision, documents waiting for an expert, and an expert's reviews; each line names its school
 * and links to where the work is done.
 */
@Component
class PlanningToday {

    /** How many days ahead «this week» looks. */
    static final int WEEK = 7;

    /** How many lines of one kind the start page lists before it counts. */
    static final int MOST = 8;

    /** What the lines read. */
    @Component
    record Parts(DocumentStore documents, Measures measures, Reviews reviews, OrgUnits orgUnits, Clock clock) {}

    private final Parts parts;

    PlanningToday(Parts parts) {
        this.parts = parts;
    }

    List<TodayLine> of(Scope scope, Authentication who) {
        var lines = new ArrayList<TodayLine>();
        var today = LocalDate.now(parts.clock());
        // those who carry out measures, follow them as curators or answer for them as a level above
        if (DocumentAccess.has(who, Permission.MEASURE_EXECUTE)
                || DocumentAccess.has(who, Permission.MEASURE_COMMENT)
                || DocumentAccess.has(who, Permission.SUPPORT_ASSIGN)) measures(scope, today, lines);
        if (DocumentAccess.has(who, Permission.PLAN_EDIT))
            waiting(scope, DocumentStatus.RETURNED, "planning.today.returned", lines);
        if (DocumentAccess.has(who, Permission.PLAN_ASSIGN_EXPERT))
            waiting(scope, DocumentStatus.SUBMITTED, "planning.today.submitted", lines);
        if (DocumentAccess.has(who, Permission.PLAN_REVIEW)) reviews(who, today, lines);
        return lines;
    }

    private void measures(Scope scope, LocalDate today, List<TodayLine> lines) {
        var by = today.plusDays(WEEK);
        if (oneSchool(scope)) {
            var open = parts.measures().open(scope, by, MOST);
            for (var m : open)
                lines.add(new TodayLine(
                        m.status().name().equals("OVERDUE") ? "planning.today.overdue" : "planning.today.due",
                        List.of(m.title(), Formats.date(m.due())),
                        "/planning/measures/" + m.id(),
                        m.status().name().equals("OVERDUE")));
            return;
        }
        var due = parts.measures().due(scope, by);
        if (due.overdue() > 0)
            lines.add(new TodayLine(
                    "planning.today.overdueCount", List.of(due.overdue()), "/planning/measures?overdue=true", true));
        if (due.dueSoon() > 0)
            lines.add(new TodayLine("planning.today.dueCount", List.of(due.dueSoon()), "/planning/measures", false));
    }

    private void waiting(Scope scope, DocumentStatus status, String key, List<TodayLine> lines) {
        var found = parts.documents().inStatus(scope, status, MOST);
        var names = names(
                found.getValue().stream().map(DocumentStore.Waiting::schoolId).toList());
        for (var d : found.getValue())
            lines.add(new TodayLine(
                    key,
                    List.of(d.title(), names.getOrDefault(d.schoolId(), "")),
                    "/planning/documents/" + d.id(),
                    false));
        if (found.getKey() > found.getValue().size())
            lines.add(new TodayLine(
                    "planning.today.more",
                    List.of(found.getKey() - found.getValue().size()),
                    "/planning",
                    false));
    }

    private void reviews(Authentication who, LocalDate today, List<TodayLine> lines) {
        var open = parts.reviews().of(who.getName()).stream()
                .filter(r -> !r.completed())
                .toList();
        var schools = new HashMap<UUID, UUID>();
        for (var r : open) parts.documents().find(r.documentId()).ifPresent(d -> schools.put(r.id(), d.schoolId()));
        var names = names(List.copyOf(schools.values()));
        for (var r : open) {
            lines.add(new TodayLine(
                    "planning.today.review",
                    List.of(r.documentTitle(), names.getOrDefault(schools.get(r.id()), ""), Formats.date(r.due())),
                    "/planning/reviews/" + r.id(),
                    r.due().isBefore(today)));
        }
    }

    private java.util.Map<UUID, String> names(List<UUID> schools) {
        var names = new HashMap<UUID, String>();
        parts.orgUnits().byIds(schools.stream().distinct().toList()).forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    private static boolean oneSchool(Scope scope) {
        var paths = scope.sortedPaths();
        return paths.size() == 1 && paths.getFirst().kind() == OrgUnitKind.SCHOOL;
    }
}
