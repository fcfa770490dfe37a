package ru.opora.people.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.opora.assessments.ClassTeachers;
import ru.opora.assessments.SkillRates;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.people.courses.CourseCatalogue;
import ru.opora.people.courses.CourseCompletions;
import ru.opora.people.diagnostics.DiagnosticResults;
import ru.opora.people.diagnostics.Instrument;
import ru.opora.people.diagnostics.Instruments;
import ru.opora.people.teachers.Staffing;

/**
 * The demo region's teacher-development loop over the ВПР of 2025 and 2026: diagnostics of the
 * mathematics and Russian teachers in September 2025 (the teachers of classes whose tasks fell low
 * mostly show a deficit in those skills), a course catalogue whose courses address the ВПР skills,
 * and courses taken between October 2025 and March 2026. Where a school's weak skill rose beyond
 * the region's change at the 2026 ВПР its teachers were mostly trained on it, elsewhere seldom — so
 * the loop pages show schools that improved on trained skills and schools that did not.
 */
@org.springframework.stereotype.Component
@ConditionalOnProperty(name = "opora.demo.enabled", havingValue = "true")
@Order(67)
class DemoLoop implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoop.class);
    static final int YEAR = 2025;
    static final String PROVIDER = "ИРО Приозёрской области";
    static final LocalDate DIAGNOSED = LocalDate.of(YEAR, 9, 20);

    /** The demo catalogue: a title and the skill numbers it addresses, per subject. */
    private static final Map<String, List<Map.Entry<String, List<Integer>>>> COURSES = Map.of(
            "MA",
                    List.of(
                            Map.entry("Текстовые задачи в основной школе: методика обучения", List.of(3, 4, 11)),
                            Map.entry("Дроби, проценты и вычисления: трудные темы ВПР", List.of(1, 2, 8, 12)),
                            Map.entry("Функциональная математическая грамотность: работа с данными", List.of(5, 6, 9)),
                            Map.entry("Уравнения и геометрические построения в 5–8 классах", List.of(7, 10))),
            "RU",
                    List.of(
                            Map.entry("Орфография и пунктуация: система работы учителя", List.of(1, 2, 6, 7)),
                            Map.entry("Смысловое чтение и работа с текстом", List.of(8, 9)),
                            Map.entry("Морфология и синтаксис: подготовка к ВПР", List.of(3, 4, 5)),
                            Map.entry("Лексика и стилистика на уроках русского языка", List.of(10, 11, 12))));

    private final OrgUnits orgUnits;
    private final Staffing staffing;
    private final SkillRates skills;
    private final Writers writers;

    /** What the demo writes through: the same stores the files go to. */
    @org.springframework.stereotype.Component
    record Writers(
            Instruments instruments,
            DiagnosticResults diagnostics,
            CourseCatalogue catalogue,
            CourseCompletions completions) {}

    DemoLoop(OrgUnits orgUnits, Staffing staffing, SkillRates skills, Writers writers) {
        this.orgUnits = orgUnits;
        this.staffing = staffing;
        this.skills = skills;
        this.writers = writers;
    }

    // one transaction for every school's diagnostics and courses, as DemoPeople: fewer round trips on the first start
    @Override
    @org.springframework.transaction.annotation.Transactional
    public void run(ApplicationArguments args) {
        var region = orgUnits.findByCode(OrgUnitKind.REGION, "39");
        if (region.isEmpty()
                || !writers.instruments().inRegion(region.get().id()).isEmpty()) return;
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo", null, List.of(new SimpleGrantedAuthority(Permission.PEOPLE_EDIT.name()))));
        try {
            var instruments = new HashMap<String, Instrument>();
            for (String subject : List.of("MA", "RU")) {
                var skillNames = skills.skillsOf(subject);
                if (skillNames.isEmpty()) continue;
                instruments.put(subject, instrument(region.get(), subject, skillNames));
                for (var course : COURSES.get(subject))
                    writers.catalogue()
                            .add(
                                    region.get().id(),
                                    new CourseCompletions.Course(
                                            PROVIDER,
                                            course.getKey(),
                                            36,
                                            course.getValue().stream()
                                                    .map(n -> subject + "." + n)
                                                    .toList()),
                                    "Дефициты, выявленные диагностикой, и слабые умения ВПР",
                                    "demo");
            }
            if (instruments.isEmpty()) return;
            var courses = writers.catalogue().bySkill(region.get().id());
            // every school's skills of both years in one read per assessment, not one per school
            var skillsOf = new Skills(
                    skills.ofSchools(region.get().path(), YEAR),
                    skills.ofSchools(region.get().path(), YEAR + 1));
            int schools = 0;
            for (OrgUnitRef school :
                    orgUnits.inScope(OrgUnitKind.SCHOOL, Scope.of(region.get().path()))) {
                loop(school, instruments, courses, skillsOf);
                schools++;
            }
            log.info("Demo loop: diagnostics and courses for {} schools", schools);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Instrument instrument(OrgUnitRef region, String subject, Map<String, String> skillNames) {
        var items = new ArrayList<Instrument.Item>();
        int n = 1;
        for (var e : skillNames.entrySet())
            items.add(new Instrument.Item(String.valueOf(n++), 2, e.getKey(), e.getValue()));
        var instrument = new Instrument(
                UUID.randomUUID(),
                "ДПК-" + subject + "-" + YEAR,
                (subject.equals("MA")
                                ? "Диагностика предметных компетенций учителей математики, "
                                : "Диагностика предметных компетенций учителей русского языка, ")
                        + YEAR,
                subject,
                Instrument.Kind.SUBJECT,
                50,
                items);
        writers.instruments().save(instrument, region.id(), "demo");
        return writers.instruments().find(region.id(), instrument.code()).orElseThrow();
    }

    /** The schools' skill lines of the diagnosed year and the next, by school id. */
    private record Skills(Map<UUID, List<SkillRates.SkillLine>> before, Map<UUID, List<SkillRates.SkillLine>> after) {}

    private void loop(
            OrgUnitRef school,
            Map<String, Instrument> instruments,
            Map<String, List<CourseCatalogue.Course>> courses,
            Skills skillsOf) {
        var random = new Random(school.code().hashCode() * 7L);
        var before = skillsOf.before().getOrDefault(school.id(), List.of());
        if (before.isEmpty()) return;
        var after = new HashMap<String, SkillRates.SkillLine>();
        skillsOf.after().getOrDefault(school.id(), List.of()).forEach(l -> after.put(l.skillCode(), l));
        var weak = new LinkedHashMap<String, Boolean>(); // weak skill → improved beyond the region
        for (var l : before)
            if (l.low()) {
                var next = after.get(l.skillCode());
                Double b = l.school().percent(),
                        a = next == null ? null : next.school().percent();
                Double rb = l.region().percent(),
                        ra = next == null ? null : next.region().percent();
                weak.put(l.skillCode(), a != null && b != null && ra != null && rb != null && (a - b) - (ra - rb) >= 3);
            }
        var classes = staffing.classes(Scope.of(school.path()), ClassTeachers.schoolYearOf(YEAR))
                .getOrDefault(school.id(), List.of());
        var names = staffing.shownNames(school.id(), true);
        var diagnosed = new java.util.HashSet<UUID>();
        for (var c : classes) {
            var instrument = instruments.get(c.subject());
            if (instrument == null || !diagnosed.add(c.teacherId())) continue;
            boolean demoTeacher = staffing.find(c.teacherId())
                    .map(t -> "teacher".equals(t.username()))
                    .orElse(false);
            if (!demoTeacher && random.nextDouble() > 0.8) continue;
            var deficits = new java.util.HashSet<String>();
            var scores = new LinkedHashMap<String, Integer>();
            for (var item : instrument.items()) {
                boolean isWeak = weak.containsKey(item.skillCode());
                boolean deficit = random.nextDouble() < (isWeak ? 0.8 : 0.12);
                if (demoTeacher
                        && (item.skillCode().endsWith(".3") || item.skillCode().endsWith(".4"))) deficit = true;
                if (deficit) deficits.add(item.skillCode());
                scores.put(item.number(), deficit ? 0 : 1 + random.nextInt(2));
            }
            writers.diagnostics()
                    .record(instrument.id(), c.teacherId(), DIAGNOSED.plusDays(random.nextInt(20)), scores, "demo");
            train(new Trainee(school, names.get(c.teacherId()), demoTeacher), deficits, weak, courses, random);
        }
    }

    /** Courses on the teacher's deficits: mostly where the skill later rose beyond the region, seldom elsewhere. */
    /** A diagnosed teacher: the school, the name, and whether it is the demo «teacher» account's. */
    private record Trainee(OrgUnitRef school, String name, boolean demoTeacher) {}

    private void train(
            Trainee trainee,
            Set<String> deficits,
            Map<String, Boolean> weak,
            Map<String, List<CourseCatalogue.Course>> courses,
            Random random) {
        boolean demoTeacher = trainee.demoTeacher();
        var taken = new java.util.HashSet<UUID>();
        for (String skill : deficits) {
            var offered = courses.getOrDefault(skill, List.of());
            if (offered.isEmpty() || demoTeacher && skill.endsWith(".4")) continue; // one left to recommend
            double chance = weak.getOrDefault(skill, false) ? 0.85 : weak.containsKey(skill) ? 0.25 : 0.3;
            if (random.nextDouble() > chance) continue;
            var course = offered.getFirst();
            if (!taken.add(course.id())) continue;
            var start = LocalDate.of(YEAR, 10, 1).plusDays(random.nextInt(120));
            var end = start.plusDays(20 + random.nextInt(25));
            writers.completions()
                    .record(
                            trainee.school(),
                            trainee.name(),
                            new CourseCompletions.Course(
                                    course.provider(), course.title(), course.hours(), course.skills()),
                            start,
                            end,
                            "demo");
        }
    }
}
