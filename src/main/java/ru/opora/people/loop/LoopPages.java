package ru.opora.people.loop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.people.courses.TrainingShares;
import ru.opora.people.teachers.Staffing;
import ru.opora.shared.Formats;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;

/** The loop's pages and their tables for Excel: a school's loop, the scope's overview and the M4 shares. */
@Component
class LoopPages {

    record SchoolPage(
            OrgUnitRef school,
            int year,
            List<Integer> years,
            List<LoopLine> lines,
            LoopSettings settings,
            ru.opora.shared.Chart chart) {}

    record OverviewPage(int year, List<Integer> years, List<LoopOverview.SchoolLine> schools) {}

    /** A municipality's ШНОР and other schools' shares. */
    record MunicipalityShare(OrgUnitRef municipality, TrainingShares.Split split) {}

    /** A school's share, with its name and ШНОР mark. */
    record SchoolShare(OrgUnitRef school, boolean shnor, TrainingShares.Count count) {}

    record TrainingPage(
            int year,
            List<Integer> years,
            TrainingShares.Figures figures,
            List<SchoolShare> schools,
            List<MunicipalityShare> municipalities) {}

    /** What the pages read. */
    @Component
    record Parts(SchoolLoop loop, LoopOverview overview, TrainingShares training, LoopSettings settings) {}

    private final Parts parts;
    private final SchoolLoop.Sources sources;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final Clock clock;

    LoopPages(Parts parts, SchoolLoop.Sources sources, OrgUnits orgUnits, MessageSource messages, Clock clock) {
        this.parts = parts;
        this.sources = sources;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.clock = clock;
    }

    ru.opora.people.teachers.Subjects subjects() {
        return sources.subjects();
    }

    SchoolPage school(UUID id, @Nullable Integer asked, Scope scope, Authentication who) {
        var school = orgUnits.school(id, scope).orElseThrow(NotFound::new);
        var years = sources.skills().years(school.path());
        int year = year(asked, years);
        var names = sources.staffing().shownNames(id, Staffing.namesVisible(scope, who));
        var lines = parts.loop().of(school.path(), year, names);
        return new SchoolPage(
                school, year, years, lines, parts.settings(), chart(lines, year, Locale.forLanguageTag("ru")));
    }

    /** The weak skills' solve rates at the school and in the region, the year of the weak result and the next. */
    private ru.opora.shared.Chart chart(List<LoopLine> lines, int year, Locale locale) {
        var labels = lines.stream()
                .map(l -> l.skill().length() > 40 ? l.skill().substring(0, 39) + "…" : l.skill())
                .toList();
        java.util.function.Function<
                        java.util.function.Function<LoopLine, ru.opora.assessments.SkillRates.Rate>,
                        List<@Nullable Double>>
                values = f -> lines.stream().map(l -> pct(f.apply(l))).toList();
        return ru.opora.shared.Chart.bars(
                        labels,
                        List.of(
                                ru.opora.shared.Chart.Dataset.of(
                                                messages.getMessage(
                                                        "people.loop.chart.school", new Object[] {"" + year}, locale),
                                                values.apply(LoopLine::schoolBefore),
                                                1)
                                        .colour("#c0392b"),
                                ru.opora.shared.Chart.Dataset.of(
                                                messages.getMessage(
                                                        "people.loop.chart.school",
                                                        new Object[] {"" + (year + 1)},
                                                        locale),
                                                values.apply(LoopLine::schoolAfter),
                                                1)
                                        .colour("#27ae60"),
                                ru.opora.shared.Chart.Dataset.of(
                                                messages.getMessage(
                                                        "people.loop.chart.region", new Object[] {"" + year}, locale),
                                                values.apply(LoopLine::regionBefore),
                                                1)
                                        .colour("#95a5a6"),
                                ru.opora.shared.Chart.Dataset.of(
                                                messages.getMessage(
                                                        "people.loop.chart.region",
                                                        new Object[] {"" + (year + 1)},
                                                        locale),
                                                values.apply(LoopLine::regionAfter),
                                                1)
                                        .colour("#34495e")))
                .percent()
                .horizontal();
    }

    OverviewPage overview(Scope scope, @Nullable Integer asked) {
        var years = scope.isEmpty() ? List.<Integer>of() : sources.skills().years(scope.region());
        int year = year(asked, years);
        return new OverviewPage(year, years, parts.overview().of(scope, year));
    }

    TrainingPage training(Scope scope, @Nullable Integer asked) {
        int now = LocalDate.now(clock).getYear();
        int year = asked != null && asked >= 2000 && asked <= now ? asked : now;
        var figures = parts.training().of(scope, year);
        var schools = new ArrayList<SchoolShare>();
        for (OrgUnitRef s : orgUnits.inScope(OrgUnitKind.SCHOOL, scope)) {
            var count = figures.bySchool().get(s.id());
            if (count != null)
                schools.add(new SchoolShare(s, figures.shnorSchools().contains(s.id()), count));
        }
        var municipalities = new ArrayList<MunicipalityShare>();
        var splits = figures.byMunicipality();
        for (OrgUnitRef m : orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope)) {
            var split = splits.get(m.id());
            if (split != null) municipalities.add(new MunicipalityShare(m, split));
        }
        var years = new ArrayList<Integer>();
        for (int y = now; y >= now - 4; y--) years.add(y);
        return new TrainingPage(year, years, figures, schools, municipalities);
    }

    /** The asked year when the data has it; otherwise the newest year whose next ВПР is in too. */
    private int year(@Nullable Integer asked, List<Integer> years) {
        if (asked != null && years.contains(asked)) return asked;
        for (int y : years) if (years.contains(y + 1)) return y;
        return years.isEmpty() ? LocalDate.now(clock).getYear() - 1 : years.getFirst();
    }

    private static final String[] SCHOOL_COLUMNS = {
        "people.loop.subject",
        "people.loop.skill",
        "people.loop.tasks",
        "people.teacher",
        "people.loop.diagnosis",
        "people.loop.completed",
        "people.loop.enrolled",
        "people.loop.recommended",
        "people.loop.schoolBefore",
        "people.loop.schoolAfter",
        "people.loop.classesBefore",
        "people.loop.classesAfter",
        "people.loop.regionBefore",
        "people.loop.regionAfter",
        "people.loop.beyond",
        "people.loop.outcome"
    };

    Table schoolTable(SchoolPage page, Locale locale) {
        var headers = Arrays.stream(SCHOOL_COLUMNS).map(k -> msg(k, locale)).toList();
        var rows = new ArrayList<List<?>>();
        for (LoopLine l : page.lines()) {
            String tasks = String.join(
                    ", ",
                    l.lowTasks().stream()
                            .map(t -> messages.getMessage(
                                    "people.loop.task", new Object[] {t.grade(), t.number()}, locale))
                            .toList());
            var teachers = l.teachers().isEmpty()
                    ? List.<LoopLine.LoopTeacher>of(new LoopLine.LoopTeacher(
                            new UUID(0, 0), "—", List.of(), List.of(), null, List.of(), List.of(), List.of()))
                    : l.teachers();
            for (var t : teachers)
                rows.add(Arrays.asList(
                        l.subject(),
                        l.skill(),
                        tasks,
                        t.name()
                                + (t.classesBefore().isEmpty()
                                        ? ""
                                        : " (" + String.join(", ", t.classesBefore()) + ")"),
                        t.diagnosis() == null
                                ? null
                                : Formats.round(t.diagnosis().percent(), 1),
                        titles(t.completed()),
                        titles(t.enrolled()),
                        String.join(
                                "; ",
                                t.recommended().stream().map(c -> c.title()).toList()),
                        pct(l.schoolBefore()),
                        pct(l.schoolAfter()),
                        pct(l.classesBefore()),
                        pct(l.classesAfter()),
                        pct(l.regionBefore()),
                        pct(l.regionAfter()),
                        Formats.round(l.beyondRegion(), 1),
                        msg("people.loop.outcome." + l.outcome(), locale)));
        }
        return new Table(page.school().name(), headers, rows);
    }

    Table overviewTable(OverviewPage page, Locale locale) {
        var headers = List.of(
                msg("people.school", locale),
                msg("people.loop.shnor", locale),
                msg("people.loop.weakSkills", locale),
                msg("people.loop.withDeficit", locale),
                msg("people.loop.trained", locale),
                msg("people.loop.better", locale),
                msg("people.loop.worse", locale),
                msg("people.loop.beyond", locale));
        var rows = new ArrayList<List<?>>();
        for (var s : page.schools())
            rows.add(Arrays.asList(
                    s.school().code() + " " + s.school().name(),
                    s.shnor(),
                    s.weakSkills(),
                    s.withDeficit(),
                    s.trained(),
                    s.better(),
                    s.worse(),
                    s.beyondRegion()));
        return new Table(msg("people.loop.title", locale), headers, rows);
    }

    /** The M4 page's tables: {@code schools}, {@code skills} or {@code municipalities}. */
    Table trainingTable(TrainingPage page, String which, Locale locale) {
        var rows = new ArrayList<List<?>>();
        switch (which) {
            case "schools" -> {
                for (var s : page.schools())
                    rows.add(Arrays.asList(
                            s.school().code() + " " + s.school().name(),
                            s.shnor(),
                            s.count().withDeficit(),
                            s.count().trained(),
                            s.count().share()));
                return new Table(
                        msg("people.training.title", locale),
                        List.of(
                                msg("people.school", locale),
                                msg("people.loop.shnor", locale),
                                msg("people.training.withDeficit", locale),
                                msg("people.training.trained", locale),
                                msg("people.training.share", locale)),
                        rows);
            }
            case "skills" -> {
                page.figures()
                        .bySkill()
                        .forEach((key, split) -> rows.add(splitRow(
                                sources.subjects().name(key.substring(0, key.indexOf('|'))) + ": "
                                        + page.figures().skillNames().get(key),
                                split)));
                return new Table(
                        msg("people.training.bySkill", locale), splitHeaders("people.loop.skill", locale), rows);
            }
            case "subjects" -> {
                page.figures()
                        .bySubject()
                        .forEach((code, split) ->
                                rows.add(splitRow(sources.subjects().name(code), split)));
                return new Table(
                        msg("people.training.bySubject", locale), splitHeaders("people.subject", locale), rows);
            }
            case "municipalities" -> {
                for (var m : page.municipalities())
                    rows.add(splitRow(m.municipality().name(), m.split()));
                return new Table(
                        msg("people.training.byMunicipality", locale),
                        splitHeaders("people.municipality", locale),
                        rows);
            }
            default -> throw new NotFound();
        }
    }

    private List<String> splitHeaders(String first, Locale locale) {
        return List.of(
                msg(first, locale),
                msg("people.training.shnorWith", locale),
                msg("people.training.shnorTrained", locale),
                msg("people.training.shnorShare", locale),
                msg("people.training.othersWith", locale),
                msg("people.training.othersTrained", locale),
                msg("people.training.othersShare", locale));
    }

    private static List<?> splitRow(String name, TrainingShares.Split s) {
        return Arrays.asList(
                name,
                s.shnor().withDeficit(),
                s.shnor().trained(),
                s.shnor().share(),
                s.others().withDeficit(),
                s.others().trained(),
                s.others().share());
    }

    private static String titles(List<ru.opora.people.courses.CourseCatalogue.Taken> taken) {
        return String.join("; ", taken.stream().map(t -> t.title()).toList());
    }

    static @Nullable Double pct(ru.opora.assessments.SkillRates.Rate rate) {
        return Formats.round(rate.percent(), 1);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
