package ru.opora.coordination.events;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.opora.coordination.materials.Materials;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.planning.MunicipalRoadmaps;
import ru.opora.risk.SchoolRisks;
import ru.opora.shared.NotFound;

/** What the calendar and an event's page show, each read in the reader's scope. */
@Component
class EventPages {

    /** One date an event takes place on, with its organiser's name and whether the reader's school registered. */
    record Occurrence(
            Event event,
            LocalDate date,
            LocalDateTime starts,
            LocalDateTime ends,
            String organiser,
            boolean registered) {}

    record Day(LocalDate date, boolean inMonth, List<Occurrence> items) {}

    record Calendar(
            YearMonth month,
            boolean list,
            List<List<Day>> weeks,
            List<Occurrence> occurrences,
            @Nullable OrgUnitRef organiser,
            List<SchoolRisks.FactorInfo> risks,
            List<String> roadmapRows) {}

    record Line(Registrations.Registration r, String school) {}

    record EventPage(
            Event event,
            String organiser,
            String risk,
            List<LocalDate> dates,
            List<LocalDate> past,
            List<Line> registrations,
            List<Registrations.Attendance> attendance,
            List<Materials.File> files,
            List<Registrations.Feedback> feedback,
            boolean manages,
            @Nullable OrgUnitRef joiner,
            @Nullable Line mine) {

        public @Nullable Integer attended(LocalDate date, UUID registration) {
            for (var a : attendance)
                if (a.occursOn().equals(date)) return a.attended().get(registration);
            return null;
        }

        public String rating() {
            return feedback.isEmpty()
                    ? ""
                    : ru.opora.shared.Formats.number(
                            feedback.stream()
                                    .mapToInt(Registrations.Feedback::rating)
                                    .average()
                                    .orElse(0),
                            1);
        }
    }

    /** What the pages read. */
    @Component
    record Parts(
            Events events,
            Registrations registrations,
            Materials materials,
            OrgUnits orgUnits,
            SchoolRisks risks,
            MunicipalRoadmaps roadmaps,
            Clock clock) {}

    private final Parts parts;

    EventPages(Parts parts) {
        this.parts = parts;
    }

    LocalDate today() {
        return LocalDate.now(parts.clock());
    }

    /** The unit whose plan a reader writes: their one region, municipality or school. */
    @Nullable
    OrgUnitRef organiser(Scope scope, Authentication who) {
        if (!has(who, Permission.EVENTS_MANAGE)) return null;
        var paths = scope.sortedPaths();
        if (paths.size() != 1) return null;
        return parts.orgUnits().find(paths.getFirst().unitId()).orElse(null);
    }

    /** The school a reader registers: their one school, when they may register it. */
    @Nullable
    OrgUnitRef joiner(Scope scope, Authentication who) {
        if (!has(who, Permission.EVENTS_JOIN)) return null;
        var paths = scope.sortedPaths();
        if (paths.size() != 1 || paths.getFirst().kind() != OrgUnitKind.SCHOOL) return null;
        return parts.orgUnits().find(paths.getFirst().unitId()).orElse(null);
    }

    Calendar calendar(YearMonth month, boolean list, Scope scope, Authentication who) {
        var from = month.atDay(1);
        var to = month.atEndOfMonth();
        var occurrences = occurrences(scope, from, to);
        var weeks = new ArrayList<List<Day>>();
        var day = from.with(DayOfWeek.MONDAY);
        while (!day.isAfter(to)) {
            var week = new ArrayList<Day>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                var d = day;
                week.add(new Day(
                        d,
                        !d.isBefore(from) && !d.isAfter(to),
                        occurrences.stream()
                                .filter(o -> !d.isBefore(o.date())
                                        && !d.isAfter(o.ends().toLocalDate()))
                                .toList()));
            }
            weeks.add(week);
        }
        var organiser = organiser(scope, who);
        return new Calendar(month, list, weeks, occurrences, organiser, risks(scope), rows(organiser));
    }

    /** The occurrences a scope sees between two dates, by date and time. */
    List<Occurrence> occurrences(Scope scope, LocalDate from, LocalDate to) {
        var events = parts.events().visible(scope, from, to);
        var names = new HashMap<UUID, String>();
        parts.orgUnits()
                .byIds(events.stream().map(Event::organiserId).distinct().toList())
                .forEach(o -> names.put(o.id(), o.name()));
        var paths = scope.sortedPaths();
        var registered = paths.size() == 1 && paths.getFirst().kind() == OrgUnitKind.SCHOOL
                ? parts.registrations()
                        .registeredAmong(
                                paths.getFirst().unitId(),
                                events.stream().map(Event::id).toList())
                : java.util.Set.<UUID>of();
        var result = new ArrayList<Occurrence>();
        for (var e : events) {
            for (var d : e.occurrences()) {
                var ends = d.plusDays(e.extraDays()).atTime(e.endsAt().toLocalTime());
                if (ends.toLocalDate().isBefore(from) || d.isAfter(to)) continue;
                result.add(new Occurrence(
                        e,
                        d,
                        d.atTime(e.startsAt().toLocalTime()),
                        ends,
                        names.getOrDefault(e.organiserId(), ""),
                        registered.contains(e.id())));
            }
        }
        result.sort(java.util.Comparator.comparing(Occurrence::starts)
                .thenComparing(o -> o.event().title()));
        return result;
    }

    /** The event when the reader's scope sees it; otherwise not found. */
    Event readable(UUID id, Scope scope) {
        var e = parts.events().find(id).orElseThrow(NotFound::new);
        if (!Events.sees(scope, e)) throw new NotFound();
        return e;
    }

    boolean manages(Event e, Scope scope, Authentication who) {
        return has(who, Permission.EVENTS_MANAGE) && scope.permits(e.organiser());
    }

    EventPage event(UUID id, Scope scope, Authentication who) {
        var e = readable(id, scope);
        boolean manages = manages(e, scope, who);
        var registrations = parts.registrations().of(id);
        var names = new HashMap<UUID, String>();
        parts.orgUnits()
                .byIds(registrations.stream()
                        .map(Registrations.Registration::schoolId)
                        .toList())
                .forEach(o -> names.put(o.id(), o.name()));
        var lines = registrations.stream()
                .filter(r -> manages || scope.permits(new ru.opora.orgunits.OrgPath(r.schoolPath())))
                .map(r -> new Line(r, names.getOrDefault(r.schoolId(), "")))
                .toList();
        var joiner = joiner(scope, who);
        var mine = joiner == null
                ? null
                : lines.stream()
                        .filter(l -> l.r().schoolId().equals(joiner.id()))
                        .findFirst()
                        .orElse(null);
        var today = today();
        var dates = e.occurrences();
        return new EventPage(
                e,
                parts.orgUnits().find(e.organiserId()).map(OrgUnitRef::name).orElse(""),
                riskName(e),
                dates,
                dates.stream().filter(d -> !d.isAfter(today)).toList(),
                lines,
                manages ? parts.registrations().attendance(id) : List.of(),
                parts.materials().of(id),
                manages ? parts.registrations().feedbackOf(id) : List.of(),
                manages,
                e.organiser().contains(joiner == null ? e.organiser() : joiner.path()) ? joiner : null,
                mine);
    }

    private String riskName(Event e) {
        if (e.riskCode() == null) return "";
        var ru = java.util.Locale.forLanguageTag("ru")
                .getLanguage()
                .equals(org.springframework.context.i18n.LocaleContextHolder.getLocale()
                        .getLanguage());
        return parts.risks().factors(e.organiser().regionId(), e.startsAt().getYear()).stream()
                .filter(f -> f.code().equals(e.riskCode()))
                .map(f -> ru ? f.nameRu() : f.nameEn())
                .findFirst()
                .orElse(e.riskCode());
    }

    /** The risk factors an event can address: the catalogue of the region's cohort of this year (or the last). */
    List<SchoolRisks.FactorInfo> risks(Scope scope) {
        if (scope.isEmpty()) return List.of();
        int year = today().getYear();
        var factors = parts.risks().factors(scope.regionId(), year);
        return factors.isEmpty() ? parts.risks().factors(scope.regionId(), year - 1) : factors;
    }

    /** The rows of the organiser's municipal roadmap of the year an event can carry out. */
    private List<String> rows(@Nullable OrgUnitRef organiser) {
        if (organiser == null || organiser.kind() != OrgUnitKind.MUNICIPALITY) return List.of();
        return parts.roadmaps().titles(organiser.id(), today().getYear()).stream()
                .sorted()
                .toList();
    }

    Parts parts() {
        return parts;
    }

    static boolean has(Authentication who, Permission p) {
        return who.getAuthorities().stream().anyMatch(a -> p.name().equals(a.getAuthority()));
    }
}
