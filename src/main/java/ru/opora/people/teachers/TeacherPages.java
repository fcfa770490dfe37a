package ru.opora.people.teachers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;

/**
 * The teachers' pages: the schools in scope with their staff in figures, and a school's teachers
 * with their classes. Inside a school (its administrators, its curators) teachers are named; above
 * it only readers with {@code PEOPLE_NAMES} see names, the others «Педагог 1», «Педагог 2»…
 */
@Component
class TeacherPages {

    /** A school's staff in figures. */
    record Staff(OrgUnitRef school, int teachers, int young, int senior, int highest, int classes, int trained) {

        /** The share of the school's teachers who completed a course in the year, in per cent; null without teachers. */
        public @Nullable Double trainedShare() {
            return teachers == 0 ? null : ru.opora.shared.Formats.round(100.0 * trained / teachers, 1);
        }
    }

    record Overview(List<Staff> schools, int year, int calendarYear) {}

    /** A completed course as the reader may see it: the teacher's shown name. */
    record ShownCourse(String teacher, ru.opora.people.courses.CourseCompletions.Completion completion) {}

    /** A teacher as the reader may see them: the name or «Педагог N». */
    record Shown(Teacher teacher, String name, List<String> subjects) {}

    /** A class of the year with its teacher's shown name. */
    record ShownClass(String classLabel, String subject, String teacher) {}

    record SchoolPage(
            OrgUnitRef school,
            List<Shown> teachers,
            int year,
            List<Integer> years,
            List<ShownClass> classes,
            List<ShownCourse> courses,
            boolean canEdit,
            List<Subjects.Subject> subjects,
            Development development) {}

    /**
     * The school's development: each teacher's deficits in their latest diagnostics (by teacher id)
     * and the region's course catalogue for the enrolment form.
     */
    record Development(
            java.util.Map<UUID, List<ru.opora.people.diagnostics.Deficits.SkillResult>> deficits,
            List<ru.opora.people.courses.CourseCatalogue.Course> catalogue) {

        public List<ru.opora.people.diagnostics.Deficits.SkillResult> of(UUID teacher) {
            return deficits.getOrDefault(teacher, List.of()).stream()
                    .filter(ru.opora.people.diagnostics.Deficits.SkillResult::deficit)
                    .toList();
        }

        public boolean diagnosed(UUID teacher) {
            return deficits.containsKey(teacher);
        }
    }

    private final Teachers teachers;
    private final ClassAssignments classes;
    private final Subjects subjects;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final Clock clock;
    private final ru.opora.people.courses.CourseCompletions courses;
    private final Records records;

    /** What the pages read: the teachers, their classes and their courses, and the subjects' names. */
    @Component
    record Records(
            Teachers teachers,
            ClassAssignments classes,
            ru.opora.people.courses.CourseCompletions courses,
            Subjects subjects,
            ru.opora.people.diagnostics.Deficits deficits,
            ru.opora.people.courses.CourseCatalogue catalogue) {}

    TeacherPages(Records records, OrgUnits orgUnits, MessageSource messages, Clock clock) {
        this.records = records;
        this.courses = records.courses();
        this.teachers = records.teachers();
        this.classes = records.classes();
        this.subjects = records.subjects();
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.clock = clock;
    }

    /** The school year now: one that starts in September. */
    int schoolYear() {
        var today = LocalDate.now(clock);
        return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }

    /** The reader's own school when the scope is exactly one school. */
    java.util.Optional<OrgUnitRef> ownSchool(Scope scope) {
        var schools = scope.sortedPaths();
        if (schools.size() != 1 || schools.getFirst().kind() != OrgUnitKind.SCHOOL) return java.util.Optional.empty();
        return orgUnits.find(schools.getFirst().unitId());
    }

    Overview overview(Scope scope) {
        int year = schoolYear();
        var figures = teachers.figures(scope);
        var counts = classes.counts(scope, year);
        int calendarYear = LocalDate.now(clock).getYear();
        var trained = courses.trained(scope, calendarYear);
        var staff = new ArrayList<Staff>();
        var none = new int[4];
        for (OrgUnitRef s : orgUnits.inScope(OrgUnitKind.SCHOOL, scope)) {
            int[] f = figures.getOrDefault(s.id(), none);
            staff.add(new Staff(
                    s, f[0], f[1], f[2], f[3], counts.getOrDefault(s.id(), 0), trained.getOrDefault(s.id(), 0)));
        }
        return new Overview(staff, year, calendarYear);
    }

    static final int SCHOOLS_PER_PAGE = 50;

    /** The overview's schools as the reader asked: found by part of the code or name, fifty to a page. */
    static ru.opora.shared.Paging.Slice<Staff> slice(List<Staff> schools, @Nullable String q, @Nullable Integer page) {
        return ru.opora.shared.Paging.found(
                schools, s -> s.school().code() + " " + s.school().name(), q, page, SCHOOLS_PER_PAGE);
    }

    OrgUnitRef schoolRef(UUID schoolId, Scope scope) {
        return orgUnits.school(schoolId, scope).orElseThrow(NotFound::new);
    }

    SchoolPage school(UUID schoolId, @Nullable Integer asked, Scope scope, Authentication who) {
        var school = orgUnits.school(schoolId, scope).orElseThrow(NotFound::new);
        boolean names = namesVisible(scope, who);
        var list = teachers.ofSchool(schoolId);
        var shown = new ArrayList<Shown>();
        var nameOf = new HashMap<UUID, String>();
        for (int i = 0; i < list.size(); i++) {
            Teacher t = list.get(i);
            String name = names
                    ? t.fullName()
                    : messages.getMessage("people.anonymous", new Object[] {i + 1}, Locale.forLanguageTag("ru"));
            nameOf.put(t.id(), name);
            shown.add(
                    new Shown(t, name, t.subjects().stream().map(subjects::name).toList()));
        }
        var years = classes.years(schoolId);
        int year = asked != null && asked >= 2000 && asked <= 2100
                ? asked
                : years.isEmpty() ? schoolYear() : years.getFirst();
        var classList = classes.of(schoolId, year).stream()
                .map(a -> new ShownClass(
                        a.classLabel(), subjects.name(a.subject()), nameOf.getOrDefault(a.teacherId(), "—")))
                .toList();
        boolean canEdit = has(who, Permission.PEOPLE_EDIT);
        var courseList = courses.ofSchool(schoolId).stream()
                .map(c -> new ShownCourse(nameOf.getOrDefault(c.teacherId(), "—"), c))
                .toList();
        var development = new Development(
                records.deficits().ofTeachers(nameOf.keySet(), LocalDate.now(clock)),
                canEdit ? records.catalogue().all(school.path().regionId()) : List.of());
        return new SchoolPage(school, shown, year, years, classList, courseList, canEdit, subjects.all(), development);
    }

    /** Names inside the reader's own schools, or with PEOPLE_NAMES above them. */
    static boolean namesVisible(Scope scope, Authentication who) {
        return has(who, Permission.PEOPLE_NAMES)
                || !scope.isEmpty() && scope.sortedPaths().stream().allMatch(p -> p.kind() == OrgUnitKind.SCHOOL);
    }

    static boolean has(Authentication who, Permission p) {
        return who.getAuthorities().stream().anyMatch(a -> p.name().equals(a.getAuthority()));
    }

    /** The overview for Excel: a school per row with its staff in figures. */
    Table overviewTable(Scope scope, Locale locale) {
        var page = overview(scope);
        var headers = List.of(
                msg("people.school", locale),
                msg("people.teachers", locale),
                msg("people.young", locale),
                msg("people.senior", locale),
                msg("people.highest", locale),
                messages.getMessage("people.classes", new Object[] {"" + page.year(), "" + (page.year() + 1)}, locale),
                messages.getMessage("people.trained", new Object[] {"" + page.calendarYear()}, locale));
        var rows = new ArrayList<List<?>>();
        for (Staff s : page.schools())
            rows.add(List.of(
                    s.school().code() + " " + s.school().name(),
                    s.teachers(),
                    s.young(),
                    s.senior(),
                    s.highest(),
                    s.classes(),
                    s.trained()));
        return new Table(msg("people.title", locale), headers, rows);
    }

    /** The school's classes of a year or its courses for Excel: {@code classes} or {@code courses}. */
    Table table(UUID schoolId, String which, @Nullable Integer year, Scope scope, Authentication who, Locale locale) {
        var page = school(schoolId, year, scope, who);
        var rows = new ArrayList<List<?>>();
        switch (which) {
            case "classes" -> {
                for (ShownClass c : page.classes()) rows.add(List.of(c.classLabel(), c.subject(), c.teacher()));
                return new Table(
                        page.school().name() + " " + page.year(),
                        List.of(
                                msg("people.class", locale),
                                msg("people.subject", locale),
                                msg("people.teacher", locale)),
                        rows);
            }
            case "courses" -> {
                for (ShownCourse c : page.courses()) {
                    var k = c.completion();
                    rows.add(java.util.Arrays.asList(
                            c.teacher(),
                            k.course(),
                            k.provider(),
                            k.hours(),
                            k.started(),
                            k.completed(),
                            k.certificate()));
                }
                return new Table(
                        page.school().name(),
                        List.of(
                                msg("people.teacher", locale),
                                msg("people.course", locale),
                                msg("people.course.provider", locale),
                                msg("people.course.hours", locale),
                                msg("people.card.started", locale),
                                msg("people.card.completed", locale),
                                msg("people.course.certificate", locale)),
                        rows);
            }
            case "teachers" -> {
                return table(schoolId, scope, who, locale);
            }
            default -> throw new NotFound();
        }
    }

    /** The school's teachers for Excel, as the reader may see them. */
    Table table(UUID schoolId, Scope scope, Authentication who, Locale locale) {
        var page = school(schoolId, null, scope, who);
        var headers = List.of(
                msg("people.name", locale),
                msg("people.subjects", locale),
                msg("people.category", locale),
                msg("people.experience", locale),
                msg("people.ageGroup", locale),
                msg("people.position", locale));
        var rows = new ArrayList<List<?>>();
        for (Shown s : page.teachers())
            rows.add(java.util.Arrays.asList(
                    s.name(),
                    String.join(", ", s.subjects()),
                    msg("people.category." + s.teacher().category(), locale),
                    s.teacher().experienceYears(),
                    s.teacher().ageGroup() == null
                            ? null
                            : msg("people.ageGroup." + s.teacher().ageGroup(), locale),
                    s.teacher().position()));
        return new Table(page.school().name(), headers, rows);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
