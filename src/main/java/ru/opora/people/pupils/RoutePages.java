package ru.opora.people.pupils;

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
import ru.opora.assessments.PupilWorks;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;
import ru.opora.people.teachers.Staffing;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;

/** The routes' pages: a school's list, the form that opens a route from a work, one route, a teacher's classes. */
@Component
class RoutePages {

    /** A pupil's work to open a route from: the tasks, the weak ones ticked. */
    record WorkChoice(PupilWorks.Work work, List<PupilWorks.TaskScore> weak, boolean hasRoute) {

        public boolean isWeak(String number) {
            return weak.stream().anyMatch(t -> t.number().equals(number));
        }
    }

    record NewRoute(
            OrgUnitRef school,
            String code,
            int year,
            @Nullable String name,
            List<WorkChoice> works) {}

    record RoutePage(
            OrgUnitRef school,
            RouteReads.Route route,
            @Nullable String name,
            boolean canEdit,
            Map<UUID, String> teachers,
            List<PupilRoutes.ActivityKind> kinds,
            @Nullable String chart) {

        public String teacher(@Nullable UUID id) {
            return id == null ? "" : teachers.getOrDefault(id, "");
        }
    }

    /** A school's routes with their names (for PUPIL_NAMES readers only) and progress in counts. */
    record SchoolRoutes(
            OrgUnitRef school, List<RouteReads.Line> routes, Map<String, String> names, RouteReads.Progress progress) {

        public String name(String code) {
            return names.getOrDefault(code, "");
        }
    }

    /** What the pages read. */
    @Component
    record Parts(RouteReads reads, PupilWorks works, Staffing staffing, PupilPages pupils, MessageSource messages) {}

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Parts parts;

    RoutePages(Parts parts) {
        this.parts = parts;
    }

    OrgUnitRef schoolRef(UUID id, Scope scope) {
        return parts.pupils().school(id, scope);
    }

    SchoolRoutes school(UUID id, Scope scope, Authentication who) {
        var school = parts.pupils().school(id, scope);
        var routes = parts.reads().ofSchool(id);
        var progress = parts.reads().progress(Scope.of(List.of(school.path())));
        return new SchoolRoutes(
                school,
                routes,
                has(who, Permission.PUPIL_NAMES) ? names(id) : Map.of(),
                progress.getOrDefault(id, new RouteReads.Progress(0, 0, 0, 0)));
    }

    /**
     * The pupil's works of a year (the latest by default), to open a route from one of them: one
     * year only, since codes are often issued anew each year and the same code another year may be
     * another child.
     */
    NewRoute newRoute(UUID id, String code, @Nullable Integer asked, Scope scope, Authentication who) {
        var school = parts.pupils().school(id, scope);
        var years = parts.pupils().years(school);
        if (years.isEmpty() || (asked != null && !years.contains(asked))) throw new NotFound();
        int year = asked == null ? years.getFirst() : asked;
        var taken = parts.reads().assessments(id, code);
        var choices = new ArrayList<WorkChoice>();
        for (var w : parts.works().of(id, year))
            if (w.participantCode().equals(code))
                choices.add(new WorkChoice(
                        w, w.tasks().stream().filter(PupilRoutes::weak).toList(), taken.contains(w.assessmentId())));
        if (choices.isEmpty()) throw new NotFound();
        String name = has(who, Permission.PUPIL_NAMES) ? names(id).get(code) : null;
        return new NewRoute(school, code, year, name, choices);
    }

    RoutePage route(UUID id, UUID routeId, Scope scope, Authentication who) {
        var school = parts.pupils().school(id, scope);
        var route = parts.reads().find(id, routeId).orElseThrow(NotFound::new);
        return new RoutePage(
                school,
                route,
                has(who, Permission.PUPIL_NAMES) ? names(id).get(route.line().code()) : null,
                has(who, Permission.PUPILS_EDIT),
                parts.staffing().shownNames(id, Staffing.namesVisible(scope, who)),
                List.of(PupilRoutes.ActivityKind.values()),
                chart(route));
    }

    /** The latest measure's skills, before and after, as bars: what a reader looks at first. */
    private @Nullable String chart(RouteReads.Route route) {
        if (route.measures().isEmpty()) return null;
        var m = route.measures().getLast();
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return ru.opora.shared.Chart.bars(
                        m.skills().stream().map(RouteReads.SkillMeasure::skill).toList(),
                        List.of(
                                ru.opora.shared.Chart.Dataset.of(
                                        msg("pupils.route.before", locale),
                                        m.skills().stream()
                                                .map(RouteReads.SkillMeasure::before)
                                                .toList(),
                                        1),
                                ru.opora.shared.Chart.Dataset.of(
                                        msg("pupils.route.after", locale),
                                        m.skills().stream()
                                                .map(RouteReads.SkillMeasure::after)
                                                .toList(),
                                        1)))
                .json();
    }

    /** A teacher's routes: their classes' and those with an activity of theirs, grouped by class. */
    record Mine(OrgUnitRef school, Map<String, List<RouteReads.Line>> byClass) {}

    Mine mine(Scope scope, Authentication who) {
        var teacher = parts.staffing().byAccount(who.getName()).orElseThrow(NotFound::new);
        var school = parts.pupils().school(teacher.schoolId(), scope);
        var all = parts.reads().ofSchool(school.id());
        var years = new java.util.TreeSet<Integer>();
        for (var l : all) {
            years.add(l.year() - 1);
            years.add(l.year());
        }
        var keys = new java.util.HashSet<String>();
        for (int y : years)
            for (var c : parts.staffing().classes(scope, y).getOrDefault(school.id(), List.of()))
                if (c.teacherId().equals(teacher.id())) keys.add(y + "|" + c.classKey() + "|" + c.subject());
        var byClass = new java.util.TreeMap<String, List<RouteReads.Line>>();
        for (var l : parts.reads().ofClasses(school.id(), keys, teacher.id()))
            byClass.computeIfAbsent(l.classLabel(), k -> new ArrayList<>()).add(l);
        return new Mine(school, byClass);
    }

    /** A teacher's routes for Excel, class by class, by code. */
    Table mineTable(Mine page, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (var c : page.byClass().entrySet())
            for (var l : c.getValue()) {
                var m = l.latest();
                rows.add(List.of(
                        c.getKey(),
                        l.code(),
                        l.subjectName(),
                        l.year(),
                        msg("pupils.route.state." + l.state(), locale),
                        m == null || m.before() == null ? "" : round(m.before()),
                        m == null || m.after() == null ? "" : round(m.after())));
            }
        return new Table(
                msg("pupils.mine.title", locale) + " — " + page.school().name(),
                List.of(
                        msg("people.class", locale),
                        msg("pupils.code", locale),
                        msg("pupils.route.subject", locale),
                        msg("pupils.route.year", locale),
                        msg("pupils.route.state", locale),
                        msg("pupils.route.before", locale),
                        msg("pupils.route.after", locale)),
                rows);
    }

    /** The names the school gave its confirmed pupils, by code. */
    private Map<String, String> names(UUID school) {
        var result = new HashMap<String, String>();
        for (var e : parts.pupils().entries(school)) if (e.name() != null) result.putIfAbsent(e.code(), e.name());
        return result;
    }

    /** The school's routes for Excel: the name column only for readers who may see names. */
    Table schoolTable(SchoolRoutes page, boolean names, Locale locale) {
        var headers = new ArrayList<String>(List.of(
                msg("pupils.code", locale),
                msg("people.class", locale),
                msg("pupils.route.subject", locale),
                msg("pupils.route.year", locale),
                msg("pupils.route.state", locale),
                msg("pupils.route.measuredBy", locale),
                msg("pupils.route.before", locale),
                msg("pupils.route.after", locale),
                msg("pupils.route.improved", locale)));
        if (names) headers.add(1, msg("pupils.name", locale));
        var rows = new ArrayList<List<?>>();
        for (var l : page.routes()) {
            var m = l.latest();
            var row = new ArrayList<Object>(List.of(
                    l.code(),
                    l.classLabel(),
                    l.subjectName(),
                    l.year(),
                    msg("pupils.route.state." + l.state(), locale),
                    m == null ? "" : measuredBy(m, locale),
                    m == null || m.before() == null ? "" : round(m.before()),
                    m == null || m.after() == null ? "" : round(m.after()),
                    m == null ? "" : msg(m.improved() ? "pupils.route.yes" : "pupils.route.no", locale)));
            if (names) row.add(1, page.name(l.code()));
            rows.add(row);
        }
        return new Table(msg("pupils.routes", locale) + " — " + page.school().name(), headers, rows);
    }

    /** One route for Excel, section by section, with the school's name in the title. */
    Table routeTable(RoutePage page, Locale locale) {
        var r = page.route();
        var rows = new ArrayList<List<?>>(head(page, locale));
        for (var t : r.tasks())
            rows.add(List.of(
                    msg("pupils.route.deficits", locale),
                    t.number() + ". " + t.skill(),
                    "",
                    "",
                    t.score() + " / " + t.max()));
        rows.add(List.of(msg("pupils.route.goals", locale), r.goals(), "", "", ""));
        for (var a : r.activities())
            rows.add(List.of(
                    msg("pupils.route.activity." + a.kind(), locale),
                    a.description(),
                    page.teacher(a.teacher()),
                    DATE.format(a.starts()) + " — " + DATE.format(a.ends()),
                    ""));
        for (var c : r.checkpoints())
            rows.add(List.of(
                    msg("pupils.route.checkpoints", locale), c.description(), "", DATE.format(c.due()), c.result()));
        for (var m : r.measures())
            for (var s : m.skills())
                rows.add(List.of(
                        measuredBy(m, locale), s.skill(), "", "", percent(s.before()) + " → " + percent(s.after())));
        if (!r.outcome().isBlank()) rows.add(List.of(msg("pupils.route.outcome", locale), r.outcome(), "", "", ""));
        var headers = List.of(
                msg("pupils.route.section", locale),
                msg("pupils.route.content", locale),
                msg("pupils.route.teacher", locale),
                msg("pupils.route.dates", locale),
                msg("pupils.route.result", locale));
        return new Table(
                msg("pupils.route.title", locale) + " " + r.line().code() + " — "
                        + page.school().name(),
                headers,
                rows);
    }

    /** The school and the pupil the exported route belongs to: the sheet names them before anything else. */
    private List<List<?>> head(RoutePage page, Locale locale) {
        var l = page.route().line();
        return List.of(
                List.of(
                        msg("people.school", locale),
                        page.school().code() + " " + page.school().name(),
                        "",
                        "",
                        ""),
                List.of(
                        msg("pupils.code", locale),
                        l.code() + ", " + l.classLabel() + ", " + l.subjectName() + ", " + l.year(),
                        "",
                        "",
                        msg("pupils.route.state." + l.state(), locale)));
    }

    String measuredBy(RouteReads.Measure m, Locale locale) {
        String kind = parts.messages().getMessage("assessment.kind." + m.kind(), null, locale);
        return parts.messages()
                .getMessage(
                        m.basis() == RouteMeasures.Basis.PUPIL ? "pupils.route.byPupil" : "pupils.route.byClass",
                        new Object[] {kind, String.valueOf(m.year()), m.classLabel()},
                        locale);
    }

    private static String percent(@Nullable Double v) {
        return v == null ? "—" : round(v) + " %";
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static boolean has(Authentication who, Permission p) {
        return who.getAuthorities().stream().anyMatch(a -> p.name().equals(a.getAuthority()));
    }

    private String msg(String key, Locale locale) {
        return parts.messages().getMessage(key, null, locale);
    }
}
