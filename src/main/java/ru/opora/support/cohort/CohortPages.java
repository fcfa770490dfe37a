package ru.opora.support.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Chart;
import ru.opora.shared.Formats;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;

/** The cohorts: creation from the ШНОР statuses, the cycle calendar, and every school's progress through it. */
@Component
class CohortPages {

    /** A school's row: its marks on each step, in calendar order. */
    record Row(OrgUnitRef school, String source, List<CohortProgress.Mark> marks) {}

    /** A step with how many schools have done it. */
    record StepLine(Cohorts.Step step, int done, int overdue, int schools) {}

    record ListPage(List<Cohorts.Cohort> cohorts, boolean regionWide, int thisYear) {}

    record CohortPage(
            Cohorts.Cohort cohort,
            List<Cohorts.Step> calendar,
            List<StepLine> steps,
            List<Row> rows,
            boolean regionWide,
            Chart chart) {}

    private final Cohorts cohorts;
    private final CohortProgress progress;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final Clock clock;

    CohortPages(Cohorts cohorts, CohortProgress progress, OrgUnits orgUnits, MessageSource messages, Clock clock) {
        this.cohorts = cohorts;
        this.progress = progress;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.clock = clock;
    }

    ListPage list(Scope scope) {
        return new ListPage(
                cohorts.of(regionId(scope)),
                scope.isRegionWide(),
                LocalDate.now(clock).getYear());
    }

    /**
     * Creates the cohort (with the year's ШНОР when asked); returns how many schools it got, or -1
     * when the form cannot be read or the year has a cohort already.
     */
    int create(NewCohort form, Scope scope, String user) {
        UUID region = regionWide(scope);
        var cohort = form.toCohort(region);
        if (cohort == null || cohorts.find(region, cohort.year()).isPresent()) return -1;
        return cohorts.create(cohort, "true".equals(form.candidates()), user);
    }

    CohortPage page(int year, Scope scope, Locale locale) {
        var c = cohort(scope, year);
        var calendar = cohorts.calendar(c);
        var rows = rows(c, calendar, scope);
        var lines = new ArrayList<StepLine>();
        for (int i = 0; i < calendar.size(); i++) {
            int index = i;
            lines.add(new StepLine(
                    calendar.get(i),
                    (int) rows.stream()
                            .filter(r -> r.marks().get(index) == CohortProgress.Mark.DONE)
                            .count(),
                    (int) rows.stream()
                            .filter(r -> r.marks().get(index) == CohortProgress.Mark.OVERDUE)
                            .count(),
                    rows.size()));
        }
        return new CohortPage(c, calendar, lines, rows, scope.isRegionWide(), chart(lines, locale));
    }

    void moveStep(int year, int step, LocalDate due, Scope scope, String user) {
        regionWide(scope);
        cohorts.moveStep(cohort(scope, year), step, due, user);
    }

    /** Adds a school of the scope by its code; returns false when there is no such school. */
    boolean addSchool(int year, String code, Scope scope, String user) {
        regionWide(scope);
        var school = orgUnits.findByCode(OrgUnitKind.SCHOOL, code.strip()).filter(s -> scope.permits(s.path()));
        school.ifPresent(s -> cohorts.add(cohort(scope, year), s, "MANUAL", user));
        return school.isPresent();
    }

    void removeSchool(int year, UUID school, Scope scope, String user) {
        regionWide(scope);
        cohorts.remove(cohort(scope, year), school, user);
    }

    /** Every school of the cohort with its mark on each step. */
    Table table(int year, Scope scope, Locale locale) {
        var c = cohort(scope, year);
        var calendar = cohorts.calendar(c);
        var headers = new ArrayList<>(Table.headers(messages, locale, "school.code", "results.school"));
        for (var s : calendar)
            headers.add(msg("support.step." + s.code(), locale) + " (" + Formats.date(s.due()) + ")");
        var out = new ArrayList<List<?>>();
        for (Row r : rows(c, calendar, scope)) {
            var row =
                    new ArrayList<Object>(List.of(r.school().code(), r.school().name()));
            for (var m : r.marks()) row.add(msg("support.mark." + m, locale));
            out.add(row);
        }
        return new Table(c.name(), headers, out);
    }

    private List<Row> rows(Cohorts.Cohort c, List<Cohorts.Step> calendar, Scope scope) {
        var members = cohorts.members(c, scope);
        var sources = new LinkedHashMap<UUID, String>();
        members.forEach(m -> sources.put(m.schoolId(), m.source()));
        var done = progress.done(sources.keySet(), c.year(), scope);
        LocalDate today = LocalDate.now(clock);
        return orgUnits.byIds(sources.keySet()).stream()
                .sorted(Comparator.comparing(OrgUnitRef::code))
                .map(s -> new Row(
                        s,
                        sources.get(s.id()),
                        calendar.stream()
                                .map(step -> CohortProgress.mark(step.code(), step.due(), done.get(s.id()), today))
                                .toList()))
                .toList();
    }

    /** Each step's share of schools done and overdue, stacked across. */
    private Chart chart(List<StepLine> lines, Locale locale) {
        var labels = lines.stream()
                .map(l -> msg("support.step." + l.step().code(), locale))
                .toList();
        var done = lines.stream()
                .map(l -> l.schools() == 0 ? 0 : 100.0 * l.done() / l.schools())
                .toList();
        var overdue = lines.stream()
                .map(l -> l.schools() == 0 ? 0 : 100.0 * l.overdue() / l.schools())
                .toList();
        return Chart.bars(
                        labels,
                        List.of(
                                Chart.Dataset.of(msg("support.mark.DONE", locale), done)
                                        .colour("#2e7d4f"),
                                Chart.Dataset.of(msg("support.mark.OVERDUE", locale), overdue)
                                        .colour("#c0392b")))
                .horizontal()
                .stacked()
                .percent();
    }

    private Cohorts.Cohort cohort(Scope scope, int year) {
        return cohorts.find(regionId(scope), year).orElseThrow(NotFound::new);
    }

    private static UUID regionId(Scope scope) {
        if (scope.isEmpty()) throw new NotFound();
        return scope.regionId();
    }

    private static UUID regionWide(Scope scope) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region runs the cohorts");
        return scope.regionId();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
