package ru.opora.people.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
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
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.people.mentoring.Mentoring;
import ru.opora.people.mentoring.ObservationProtocols;
import ru.opora.people.mentoring.Observations;
import ru.opora.people.teachers.Staffing;
import ru.opora.people.teachers.Teacher;

/**
 * The demo region's mentoring: each young teacher (under 35) paired with a teacher of the highest
 * category of the school for two school years from September 2025, a plan of four measures (the
 * ones due by now mostly done), the mentor's two visits to the mentee's lessons and a mutual visit
 * between two other teachers, scored by the default protocol.
 */
@org.springframework.stereotype.Component
@ConditionalOnProperty(name = "opora.demo.enabled", havingValue = "true")
@Order(68)
class DemoMentoring implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMentoring.class);

    private static final List<String> PLAN = List.of(
            "Посетить уроки наставника и разобрать их структуру",
            "Разработать урок по слабым умениям ВПР с наставником",
            "Провести открытый урок для методического объединения",
            "Пройти КПК по выявленному дефициту и применить приёмы на уроках");

    private final OrgUnits orgUnits;
    private final Staffing staffing;
    private final Mentoring mentoring;
    private final Observations observations;
    private final ObservationProtocols protocols;
    private final Clock clock;

    /** What the demo writes through, the same stores the forms use. */
    @org.springframework.stereotype.Component
    record Stores(Mentoring mentoring, Observations observations, ObservationProtocols protocols) {}

    DemoMentoring(OrgUnits orgUnits, Staffing staffing, Stores stores, Clock clock) {
        this.orgUnits = orgUnits;
        this.staffing = staffing;
        this.mentoring = stores.mentoring();
        this.observations = stores.observations();
        this.protocols = stores.protocols();
        this.clock = clock;
    }

    // one transaction: each pair's ten writes committed one by one cost the first start seconds; the
    // pair is found again by its mentee, as created_at is the same for every pair of the transaction
    @Override
    @org.springframework.transaction.annotation.Transactional
    public void run(ApplicationArguments args) {
        var region = orgUnits.findByCode(OrgUnitKind.REGION, "39");
        if (region.isEmpty()) return;
        var schools = orgUnits.inScope(OrgUnitKind.SCHOOL, Scope.of(region.get().path()));
        if (schools.isEmpty() || !mentoring.ofSchool(schools.getFirst().id()).isEmpty()) return;
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo", null, List.of(new SimpleGrantedAuthority(Permission.PEOPLE_EDIT.name()))));
        try {
            int pairs = 0;
            for (OrgUnitRef school : schools) pairs += school(school);
            log.info("Demo mentoring: {} pairs", pairs);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int school(OrgUnitRef school) {
        var random = new Random(school.code().hashCode() * 13L);
        var teachers = staffing.ofSchool(school.id());
        var seniors = teachers.stream()
                .filter(t -> t.category() == Teacher.Category.HIGHEST)
                .toList();
        var young = teachers.stream()
                .filter(t -> t.ageGroup() == Teacher.AgeGroup.UNDER_35)
                .toList();
        if (seniors.isEmpty()) return 0;
        int made = 0;
        for (Teacher mentee : young) {
            Teacher mentor = seniors.get(random.nextInt(seniors.size()));
            if (mentor.id().equals(mentee.id())) continue;
            mentor(school, mentor, mentee, random);
            made++;
        }
        if (teachers.size() >= 3)
            observe(
                    school,
                    new Visit(teachers.get(1), teachers.get(2), Observations.Purpose.MUTUAL_VISIT, null),
                    LocalDate.of(2026, 2, 12),
                    random,
                    1);
        return made;
    }

    /** A pair with its plan, the measures due by now mostly done, and the mentor's two visits. */
    private void mentor(OrgUnitRef school, Teacher mentor, Teacher mentee, Random random) {
        mentoring.pair(
                school,
                new Mentoring.PairForm(
                        mentor.id(),
                        mentee.id(),
                        Mentoring.Form.YOUNG_SPECIALIST,
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2027, 6, 30),
                        "Адаптация молодого специалиста и работа со слабыми умениями ВПР"),
                "demo");
        var pair = pairOf(school, mentee);
        for (int i = 0; i < PLAN.size(); i++)
            mentoring.plan(
                    school, pair.id(), PLAN.get(i), LocalDate.of(2025, 10, 15).plusMonths(5L * i), "demo");
        var today = LocalDate.now(clock);
        for (var item : pairOf(school, mentee).plan())
            if (item.due().isBefore(today) && random.nextDouble() < 0.8)
                mentoring.done(
                        school,
                        item.id(),
                        "Выполнено, обсуждено с наставником",
                        item.due().minusDays(random.nextInt(10)),
                        "demo");
        for (int visit = 0; visit < 2; visit++)
            observe(
                    school,
                    new Visit(mentee, mentor, Observations.Purpose.MENTORING, pair.id()),
                    LocalDate.of(2025, 11, 10).plusMonths(4L * visit),
                    random,
                    visit);
    }

    private Mentoring.Pair pairOf(OrgUnitRef school, Teacher mentee) {
        return mentoring.ofSchool(school.id()).stream()
                .filter(p -> p.menteeId().equals(mentee.id()))
                .findFirst()
                .orElseThrow();
    }

    /** Whose lesson, who observes, why, and the pair it belongs to. */
    private record Visit(
            Teacher teacher,
            Teacher observer,
            Observations.Purpose purpose,
            java.util.@org.jspecify.annotations.Nullable UUID pair) {}

    private void observe(OrgUnitRef school, Visit visit, LocalDate day, Random random, int round) {
        var scores = new HashMap<String, String>();
        for (var c : protocols.current(school.path().regionId()).criteria())
            scores.put(c.code(), String.valueOf(Math.min(c.max(), random.nextInt(c.max()) + round)));
        var teacher = visit.teacher();
        observations.record(
                school,
                new Observations.ObservationForm(
                        visit.observer().id(),
                        teacher.id(),
                        visit.purpose(),
                        "6А",
                        teacher.subjects().isEmpty() ? "MA" : teacher.subjects().getFirst(),
                        day,
                        scores,
                        round == 0
                                ? "Цели урока не озвучены, мало обратной связи"
                                : "Заметный рост: приёмы формирующего оценивания"),
                visit.pair(),
                "demo");
    }
}
