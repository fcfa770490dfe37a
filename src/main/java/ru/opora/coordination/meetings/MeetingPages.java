package ru.opora.coordination.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;

/** What the meetings' and assignments' pages show, each read in the reader's scope. */
@Component
class MeetingPages {

    /** The list: the meetings, the assignments given to the reader's units and those they issued. */
    record Overview(
            @Nullable OrgUnitRef holder,
            List<Meetings.Meeting> meetings,
            List<Line> given,
            List<Line> issued,
            Map<UUID, String> names,
            List<OrgUnitRef> assignees,
            List<Summary> recommendations) {

        public String name(UUID unit) {
            return names.getOrDefault(unit, "");
        }
    }

    /** A recipient's addressed recommendations in counts: issued, reported (or closed), closed, overdue now. */
    record Summary(String recipient, int issued, int reported, int closed, int overdue) {}

    /** An assignment with the names of both sides. */
    record Line(Assignments.Assignment a, String issuer, String assignee) {}

    record MeetingPage(
            Meetings.Meeting meeting,
            String holder,
            List<Meetings.Item> items,
            Map<UUID, List<Line>> byItem,
            boolean canManage,
            List<OrgUnitRef> assignees) {

        public List<Line> of(UUID item) {
            return byItem.getOrDefault(item, List.of());
        }
    }

    record AssignmentPage(
            Line line,
            Meetings.@Nullable Meeting meeting,
            List<Assignments.Event> history,
            List<AssignmentState.Step> steps,
            List<ReportFiles.File> files) {}

    /** What the pages read. */
    @Component
    record Parts(
            Meetings meetings, Assignments assignments, OrgUnits orgUnits, MessageSource messages, ReportFiles files) {}

    private final Parts parts;

    MeetingPages(Parts parts) {
        this.parts = parts;
    }

    /** The unit a reader holds meetings for: the region, or their one municipality. */
    @Nullable
    OrgUnitRef holder(Scope scope, Authentication who) {
        if (!has(who, Permission.MEETINGS_MANAGE)) return null;
        var paths = scope.sortedPaths();
        if (paths.size() != 1) return null;
        var kind = paths.getFirst().kind();
        if (kind != OrgUnitKind.REGION && kind != OrgUnitKind.MUNICIPALITY) return null;
        return parts.orgUnits().find(paths.getFirst().unitId()).orElse(null);
    }

    Overview overview(Scope scope, Authentication who) {
        var all = lines(parts.assignments().visible(scope));
        var given = all.stream()
                .filter(l -> scope.permits(new OrgPath(l.a().assigneePath())))
                .toList();
        var issued = all.stream()
                .filter(l -> scope.permits(new OrgPath(l.a().issuerPath())))
                .toList();
        var meetings = parts.meetings().visible(scope);
        var names = new HashMap<UUID, String>();
        parts.orgUnits()
                .byIds(meetings.stream()
                        .map(Meetings.Meeting::holderId)
                        .distinct()
                        .toList())
                .forEach(o -> names.put(o.id(), o.name()));
        var holder = holder(scope, who);
        return new Overview(
                holder,
                meetings,
                given,
                issued,
                names,
                holder == null ? List.of() : assignees(holder.path()),
                summary(issued));
    }

    /** Per recipient of the reader's addressed recommendations (assignments without a meeting). */
    private static List<Summary> summary(List<Line> issued) {
        var by = new java.util.TreeMap<String, int[]>();
        for (var l : issued) {
            if (l.a().meetingId() != null) continue;
            int[] c = by.computeIfAbsent(l.assignee(), k -> new int[4]);
            var state = l.a().state();
            c[0]++;
            if (state == AssignmentState.REPORTED || state == AssignmentState.CLOSED) c[1]++;
            if (state == AssignmentState.CLOSED) c[2]++;
            if (l.a().overdue()) c[3]++;
        }
        var result = new ArrayList<Summary>();
        by.forEach((name, c) -> result.add(new Summary(name, c[0], c[1], c[2], c[3])));
        return result;
    }

    /** The units a holder gives assignments to: a region's municipalities and the schools under the holder. */
    private List<OrgUnitRef> assignees(OrgPath holder) {
        var list = new ArrayList<OrgUnitRef>();
        if (holder.kind() == OrgUnitKind.REGION)
            list.addAll(parts.orgUnits().inScope(OrgUnitKind.MUNICIPALITY, Scope.of(holder)));
        list.addAll(parts.orgUnits().inScope(OrgUnitKind.SCHOOL, Scope.of(holder)));
        return list;
    }

    MeetingPage meeting(UUID id, Scope scope, Authentication who) {
        var m = readable(id, scope);
        var items = parts.meetings().items(id);
        var byItem = new HashMap<UUID, List<Line>>();
        for (var l : lines(parts.assignments().ofMeeting(id)))
            if (l.a().itemId() != null)
                byItem.computeIfAbsent(l.a().itemId(), k -> new ArrayList<>()).add(l);
        boolean manage = manages(m, scope, who);
        var holder = new OrgPath(m.holderPath());
        var assignees = manage ? assignees(holder) : List.<OrgUnitRef>of();
        String holderName =
                parts.orgUnits().find(m.holderId()).map(OrgUnitRef::name).orElse("");
        return new MeetingPage(m, holderName, items, byItem, manage, assignees);
    }

    /** A meeting the reader may open: held in their scope, or one whose assignment went to it. */
    Meetings.Meeting readable(UUID id, Scope scope) {
        var m = parts.meetings().find(id).orElseThrow(NotFound::new);
        if (scope.permits(new OrgPath(m.holderPath()))) return m;
        boolean given =
                parts.assignments().ofMeeting(id).stream().anyMatch(a -> scope.permits(new OrgPath(a.assigneePath())));
        if (!given) throw new NotFound();
        return m;
    }

    boolean manages(Meetings.Meeting m, Scope scope, Authentication who) {
        return has(who, Permission.MEETINGS_MANAGE) && scope.permits(new OrgPath(m.holderPath()));
    }

    AssignmentPage assignment(UUID id, Scope scope, Authentication who) {
        var a = readableAssignment(id, scope);
        var line = lines(List.of(a)).getFirst();
        var meeting = a.meetingId() == null
                ? null
                : parts.meetings().find(a.meetingId()).orElse(null);
        var steps = new ArrayList<AssignmentState.Step>();
        for (var s : AssignmentState.Step.values())
            if (s.allowedFrom(a.state()) && side(a, s, scope, who)) steps.add(s);
        return new AssignmentPage(
                line,
                meeting,
                parts.assignments().history(id),
                steps,
                parts.files().of(id));
    }

    Assignments.Assignment readableAssignment(UUID id, Scope scope) {
        var a = parts.assignments().find(id).orElseThrow(NotFound::new);
        if (!scope.permits(new OrgPath(a.issuerPath())) && !scope.permits(new OrgPath(a.assigneePath())))
            throw new NotFound();
        return a;
    }

    /** Whether the reader acts on this side: the issuer's steps for the issuing level, the others for the assignee. */
    static boolean side(Assignments.Assignment a, AssignmentState.Step step, Scope scope, Authentication who) {
        return step.byIssuer()
                ? has(who, Permission.MEETINGS_MANAGE) && scope.permits(new OrgPath(a.issuerPath()))
                : has(who, Permission.ASSIGNMENTS_REPORT)
                        && scope.permits(new OrgPath(a.assigneePath()))
                        && !scope.permits(new OrgPath(a.issuerPath()));
    }

    List<Line> lines(List<Assignments.Assignment> list) {
        var ids = new java.util.HashSet<UUID>();
        list.forEach(a -> {
            ids.add(a.issuerId());
            ids.add(a.assigneeId());
        });
        var names = new HashMap<UUID, String>();
        parts.orgUnits().byIds(new ArrayList<>(ids)).forEach(o -> names.put(o.id(), o.name()));
        return list.stream()
                .map(a -> new Line(a, names.getOrDefault(a.issuerId(), ""), names.getOrDefault(a.assigneeId(), "")))
                .toList();
    }

    /** The reader's assignments for Excel: both sides named, the state in words. */
    Table table(Scope scope, Authentication who, Locale locale) {
        var page = overview(scope, who);
        var rows = new ArrayList<List<?>>();
        var seen = new java.util.HashSet<UUID>();
        for (var list : List.of(page.given(), page.issued()))
            for (var l : list)
                if (seen.add(l.a().id()))
                    rows.add(List.of(
                            l.issuer(),
                            l.assignee(),
                            l.a().text(),
                            ru.opora.shared.Formats.date(l.a().due()),
                            state(l.a(), locale),
                            l.a().report()));
        return new Table(
                msg("coordination.assignments", locale),
                List.of(
                        msg("coordination.assignment.issuer", locale),
                        msg("coordination.assignment.assignee", locale),
                        msg("coordination.assignment.text.label", locale),
                        msg("coordination.assignment.due.label", locale),
                        msg("coordination.assignment.state.label", locale),
                        msg("coordination.assignment.report", locale)),
                rows);
    }

    String state(Assignments.Assignment a, Locale locale) {
        String s = msg("coordination.assignment.state." + a.state(), locale);
        return a.overdue() ? s + ", " + msg("coordination.assignment.overdueMark", locale) : s;
    }

    static boolean has(Authentication who, Permission p) {
        return who.getAuthorities().stream().anyMatch(a -> p.name().equals(a.getAuthority()));
    }

    private String msg(String key, Locale locale) {
        return parts.messages().getMessage(key, null, locale);
    }
}
