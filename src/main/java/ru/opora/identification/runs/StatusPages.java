package ru.opora.identification.runs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.opora.identification.ShnorState;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;

/** The ШНОР statuses of the schools in scope, a school's history, and the region's moves with reasons. */
@Component
class StatusPages {

    /** What the list is filtered by. */
    record Query(@Nullable ShnorState state, @Nullable UUID municipality) {}

    /** A line of the list: the status with the school's names. */
    record Line(ShnorStatuses.Status status, String code, String name, String municipality) {}

    record ListPage(Query query, List<Line> lines, List<OrgUnitRef> municipalities) {

        public List<ShnorState> states() {
            return List.of(ShnorState.values());
        }
    }

    /** A school's status, its history, and the states the region may move it to. */
    record SchoolPage(
            ShnorStatuses.Status status,
            OrgUnitRef school,
            List<ShnorStatuses.Event> history,
            Set<ShnorState> next,
            boolean regionWide,
            @Nullable String problem) {}

    private final ShnorStatuses statuses;
    private final OrgUnits orgUnits;
    private final SchoolNames schoolNames;
    private final MessageSource messages;

    StatusPages(ShnorStatuses statuses, OrgUnits orgUnits, SchoolNames schoolNames, MessageSource messages) {
        this.statuses = statuses;
        this.orgUnits = orgUnits;
        this.schoolNames = schoolNames;
        this.messages = messages;
    }

    ListPage list(Query query, Scope scope) {
        return new ListPage(query, lines(query, scope), orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope));
    }

    Table table(Query query, Scope scope, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (Line l : lines(query, scope))
            rows.add(Arrays.asList(
                    l.code(),
                    l.name(),
                    l.municipality(),
                    msg("shnor.state." + l.status().state(), locale),
                    l.status().entryYear(),
                    l.status().exitYear(),
                    Formats.local(l.status().changedAt())));
        var headers = Table.headers(
                messages,
                locale,
                "school.code",
                "results.school",
                "school.municipality",
                "shnor.state",
                "shnor.entryYear",
                "shnor.exitYear",
                "shnor.changedAt");
        return new Table(msg("shnor.title", locale), headers, rows);
    }

    SchoolPage school(UUID schoolId, Scope scope, @Nullable String problem) {
        var status = statuses.find(schoolId)
                .filter(s -> scope.permits(s.schoolPath()))
                .orElseThrow(NotFound::new);
        return new SchoolPage(
                status,
                orgUnits.find(schoolId).orElseThrow(NotFound::new),
                statuses.history(schoolId),
                status.state().next(),
                scope.isRegionWide(),
                problem);
    }

    /** Moves the school's status; returns the reason it was refused, or null. */
    @Nullable
    String move(UUID schoolId, ShnorState to, String reason, Scope scope, String user) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region moves statuses");
        try {
            statuses.move(schoolId, to, reason, scope, user);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private List<Line> lines(Query query, Scope scope) {
        var within = query.municipality() == null
                ? scope
                : orgUnits.find(query.municipality())
                        .map(m -> scope.narrowTo(m.path()))
                        .orElse(scope);
        var list = statuses.list(within, query.state());
        var names =
                schoolNames.of(list.stream().map(ShnorStatuses.Status::schoolId).toList());
        var lines = new ArrayList<Line>();
        for (var s : list) {
            var named = names.get(s.schoolId());
            if (named != null)
                lines.add(new Line(s, named.school().code(), named.school().name(), named.municipality()));
        }
        return lines;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
