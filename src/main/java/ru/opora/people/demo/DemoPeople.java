package ru.opora.people.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.opora.identity.Permission;
import ru.opora.identity.Role;
import ru.opora.identity.UserDirectory;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.SchoolContext;
import ru.opora.orgunits.Scope;
import ru.opora.people.courses.CourseCompletions;
import ru.opora.people.teachers.Staffing;
import ru.opora.people.teachers.Teacher;

/**
 * The demo region's teachers: for every school a staff shaped by its levels (a primary teacher per
 * grade, subject teachers for the rest), with categories, experience and age groups drawn as a
 * region's usually are; the classes «1А»…«11А» of the three school years the demo's ВПР were
 * written in and of the current one; about a third of the teachers with a КПК course completed last
 * year or this one. The demo «teacher» account is the mathematics teacher of grades 5–7 of her school.
 */
@org.springframework.stereotype.Component
@ConditionalOnProperty(name = "opora.demo.enabled", havingValue = "true")
@Order(66)
class DemoPeople implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    static final List<Integer> SCHOOL_YEARS = List.of(2023, 2024, 2025, 2026);
    static final String DEMO_TEACHER = "Новикова Анна Игоревна";

    private static final String[] SURNAMES = {
        "Иванова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Петрова", "Соколова", "Михайлова", "Фёдорова",
        "Морозова", "Волкова", "Алексеева", "Лебедева", "Семёнова", "Егорова", "Павлова", "Козлова", "Степанова"
    };
    private static final String[] MALE_SURNAMES = {"Орлов", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов"};
    private static final String[] NAMES = {"Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Марина"
    };
    private static final String[] MALE_NAMES = {"Сергей", "Андрей", "Алексей", "Дмитрий", "Игорь"};
    private static final String[] PATRONYMICS = {
        "Ивановна", "Петровна", "Сергеевна", "Николаевна", "Викторовна", "Андреевна"
    };
    private static final String[] MALE_PATRONYMICS = {"Иванович", "Петрович", "Сергеевич", "Николаевич"};

    /** The demo's courses: what a regional institute of development of education offers. */
    private static final List<CourseCompletions.Course> COURSES = List.of(
            new CourseCompletions.Course(
                    "ИРО Приозёрской области", "Формирующее оценивание на уроках математики", 72, List.of()),
            new CourseCompletions.Course(
                    "ИРО Приозёрской области", "Читательская грамотность: приёмы смыслового чтения", 36, List.of()),
            new CourseCompletions.Course(
                    "ИРО Приозёрской области", "Работа с обучающимися с рисками учебной неуспешности", 48, List.of()),
            new CourseCompletions.Course(
                    "Академия Минпросвещения России",
                    "Школа современного учителя: предметная компетентность",
                    100,
                    List.of()));

    private final OrgUnits orgUnits;
    private final Staffing staffing;
    private final UserDirectory users;
    private final CourseCompletions courses;
    private final java.time.Clock clock;

    DemoPeople(
            OrgUnits orgUnits,
            Staffing staffing,
            UserDirectory users,
            CourseCompletions courses,
            java.time.Clock clock) {
        this.orgUnits = orgUnits;
        this.staffing = staffing;
        this.users = users;
        this.courses = courses;
        this.clock = clock;
    }

    /**
     * In one transaction: tens of thousands of small writes committed once instead of each waiting
     * for its own flush to disk (the first start's demo, issue #22); all of this part or none.
     */
    @Override
    @org.springframework.transaction.annotation.Transactional
    public void run(ApplicationArguments args) {
        var region = orgUnits.findByCode(OrgUnitKind.REGION, "39");
        if (region.isEmpty()) return;
        var schools = orgUnits.schoolContexts(Scope.of(region.get().path()));
        if (schools.isEmpty() || staffing.staffed(schools.getFirst().id())) return;
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo", null, List.of(new SimpleGrantedAuthority(Permission.PEOPLE_EDIT.name()))));
        try {
            UUID teachersSchool = schools.stream()
                    .filter(s -> users.withRole(Role.TEACHER, Scope.of(s.path())).stream()
                            .anyMatch(p -> p.username().equals("teacher")))
                    .findFirst()
                    .map(SchoolContext::id)
                    .orElse(schools.getFirst().id());
            for (SchoolContext school : schools) staff(school, school.id().equals(teachersSchool));
            // a completion needs its teacher written first
            pendingCourses.forEach(Runnable::run);
            pendingCourses.clear();
            log.info("Demo people: teachers and classes for {} schools", schools.size());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void staff(SchoolContext school, boolean first) {
        var random = new Random(school.code().hashCode());
        var used = new java.util.HashSet<String>();
        var ref = orgUnits.find(school.id()).orElseThrow();
        var levels = school.levels();
        var classes = new ArrayList<Staffing.Assignment>();
        try {
            staff(school, first, random, used, classes);
        } finally {
            staffing.assignAll(ref, classes, "demo");
        }
    }

    private void staff(
            SchoolContext school, boolean first, Random random, Set<String> used, List<Staffing.Assignment> classes) {
        var levels = school.levels();
        if (levels.primary())
            for (int grade = 1; grade <= 4; grade++) {
                String name = hire(school, random, "PR", null, used);
                for (int year : SCHOOL_YEARS) classes.add(new Staffing.Assignment(year, grade + "А", "PR", name));
            }
        if (!levels.basic()) return;
        int last = levels.secondary() ? 11 : 9;
        for (String subject : List.of("RU", "MA", "HI", "BI", "EN")) {
            // two teachers of the main subjects: the younger grades and the older ones
            String younger = subject.equals("MA") && first
                    ? hire(school, random, "MA", DEMO_TEACHER, used)
                    : hire(school, random, subject, null, used);
            String older =
                    subject.equals("RU") || subject.equals("MA") ? hire(school, random, subject, null, used) : younger;
            for (int grade = 5; grade <= last; grade++)
                for (int year : SCHOOL_YEARS)
                    classes.add(new Staffing.Assignment(year, grade + "А", subject, grade <= 7 ? younger : older));
        }
    }

    private String hire(
            SchoolContext school, Random random, String subject, @Nullable String fixedName, Set<String> used) {
        String name = fixedName;
        while (name == null || !used.add(name)) name = randomName(random);
        trainedOrNot(school, random, name);
        int age = 24 + random.nextInt(42);
        var subjects = new ArrayList<String>(List.of(subject));
        if (subject.equals("RU")) subjects.add("LI");
        staffing.hire(
                new Teacher(
                        UUID.randomUUID(),
                        school.id(),
                        school.path(),
                        name,
                        subjects,
                        age < 30
                                ? Teacher.Category.NONE
                                : random.nextDouble() < 0.45 ? Teacher.Category.HIGHEST : Teacher.Category.FIRST,
                        Math.max(0, age - 23 - random.nextInt(3)),
                        age < 35
                                ? Teacher.AgeGroup.UNDER_35
                                : age < 60 ? Teacher.AgeGroup.FROM_35_TO_59 : Teacher.AgeGroup.FROM_60,
                        subject.equals("PR") ? "учитель начальных классов" : "учитель",
                        null,
                        fixedName != null ? "teacher" : null),
                "demo");
        return name;
    }

    /** About a third of the teachers completed a course last year or this one (this year's by last month). */
    private void trainedOrNot(SchoolContext school, Random random, String name) {
        if (random.nextDouble() > 0.35) return;
        int thisYear = java.time.LocalDate.now(clock).getYear();
        int year = random.nextBoolean() ? thisYear : thisYear - 1;
        var today = java.time.LocalDate.now(clock);
        var drawn = java.time.LocalDate.of(year, 1 + random.nextInt(9), 1 + random.nextInt(20));
        int days = 14 + random.nextInt(30);
        // nothing ends in the future: a course not over yet is last year's
        var start = drawn.plusDays(days).isAfter(today) ? drawn.minusYears(1) : drawn;
        var course = COURSES.get(random.nextInt(COURSES.size()));
        var ref = orgUnits.find(school.id()).orElseThrow();
        pendingCourses.add(() -> courses.record(ref, name, course, start, start.plusDays(days), "demo"));
    }

    private final List<Runnable> pendingCourses = new ArrayList<>();

    private static String randomName(Random random) {
        return random.nextDouble() < 0.15
                ? pick(random, MALE_SURNAMES) + " " + pick(random, MALE_NAMES) + " " + pick(random, MALE_PATRONYMICS)
                : pick(random, SURNAMES) + " " + pick(random, NAMES) + " " + pick(random, PATRONYMICS);
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}
