package ru.opora.support.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.support.curators.Assignments;
import ru.opora.support.curators.Visits;

/**
 * The demo curators' visits: one or two to each assigned ШНОР in the weeks before today, each with
 * its purpose, findings and recommendations, so that the visit log and the curator's pages have
 * something to show.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "opora.demo.enabled", havingValue = "true")
class DemoVisits implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoVisits.class);

    private static final List<String[]> VISITS = List.of(
            new String[] {
                "Знакомство с командой школы, согласование плана сопровождения",
                "Команда открыта к работе; анализ результатов ВПР проведён формально, без разбора заданий",
                "Разобрать на методическом объединении задания с решаемостью ниже 50 %"
            },
            new String[] {
                "Посещение уроков математики в 5–6 классах",
                "На уроках мало работы с текстовыми задачами; дифференциации по уровню нет",
                "Включить в антирисковую программу курс повышения квалификации по формирующему оцениванию"
            },
            new String[] {
                "Проверка хода мероприятий дорожной карты",
                "Два мероприятия выполнены, одно отстаёт от срока на две недели",
                "Назначить ответственного за отстающее мероприятие и перенести срок с обоснованием"
            },
            new String[] {
                "Консультация по самодиагностике рисков",
                "Риски «низкая учебная мотивация» и «дефицит педагогических кадров» подтверждены данными",
                "Дополнить программу мерами по привлечению молодых педагогов"
            });

    private final OrgUnits orgUnits;
    private final Assignments assignments;
    private final Visits visits;
    private final Clock clock;

    DemoVisits(OrgUnits orgUnits, Assignments assignments, Visits visits, Clock clock) {
        this.orgUnits = orgUnits;
        this.assignments = assignments;
        this.visits = visits;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var region = orgUnits.findByCode(OrgUnitKind.REGION, "39");
        if (region.isEmpty()) return;
        int year = Year.now(clock).getValue();
        var current = assignments.current(Scope.of(region.get().path()), year);
        if (current.isEmpty()
                || !visits.lastVisits(current.stream()
                                .map(Assignments.Assignment::schoolId)
                                .toList())
                        .isEmpty()) return;
        var random = new Random(55);
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        for (var a : current) {
            var school = orgUnits.find(a.schoolId()).orElse(null);
            if (school == null) continue;
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                String[] v = VISITS.get((n + i) % VISITS.size());
                visits.record(
                        school,
                        new Visits.Visit(
                                UUID.randomUUID(),
                                a.curator(),
                                today.minusDays(7 + 21L * i + random.nextInt(14)),
                                random.nextInt(4) == 0 ? "ONLINE" : "ON_SITE",
                                v[0],
                                v[1],
                                v[2]));
            }
            n += count;
        }
        log.info("Demo visits: {} visits to {} ШНОР", n, current.size());
    }
}
