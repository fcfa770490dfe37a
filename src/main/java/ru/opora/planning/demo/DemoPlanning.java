package ru.opora.planning.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.planning.documents.Content;
import ru.opora.planning.documents.Document;
import ru.opora.planning.documents.DocumentType;
import ru.opora.planning.documents.SchoolDocuments;
import ru.opora.planning.documents.Transition;
import ru.opora.planning.review.Reviews;
import ru.opora.planning.review.Scoring;
import ru.opora.planning.review.Verdict;
import ru.opora.risk.SchoolRisks;

/**
 * The demo cohort in progress: every school with chosen risks writes an anti-risk programme for its
 * first risk, and the programmes are spread over every state of §8.2 through the real steps (submit,
 * expert, return with a remark, accept, start), so that their histories are real; implemented ones
 * have measures done with evidence, in progress and overdue.
 */
@Component
@ConditionalOnProperty(name = "opora.demo.results", havingValue = "true")
@Order(60)
class DemoPlanning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlanning.class);
    private static final List<String> STATES = List.of(
            "DRAFT",
            "SUBMITTED",
            "UNDER_REVIEW",
            "RETURNED",
            "APPROVED",
            "IN_IMPLEMENTATION",
            "IN_IMPLEMENTATION",
            "COMPLETED",
            "ARCHIVED");

    private final OrgUnits orgUnits;
    private final SchoolRisks risks;
    private final SchoolDocuments documents;
    private final Reviews reviews;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoPlanning(
            OrgUnits orgUnits,
            SchoolRisks risks,
            SchoolDocuments documents,
            Reviews reviews,
            JdbcClient jdbc,
            Clock clock) {
        this.orgUnits = orgUnits;
        this.risks = risks;
        this.documents = documents;
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var region = orgUnits.findByCode(OrgUnitKind.REGION, "39");
        if (region.isEmpty()) return;
        var scope = Scope.of(region.get().path());
        int year = Year.now(clock).getValue();
        if (!documents.inScope(scope, year).isEmpty()) return;
        var factors = risks.factors(region.get().id(), year);
        int n = 0;
        for (var school : orgUnits.inScope(OrgUnitKind.SCHOOL, scope)) {
            var chosen = risks.chosen(school.id(), year);
            if (chosen.isEmpty()) continue;
            var factor = factors.stream()
                    .filter(f -> f.code().equals(chosen.getFirst()))
                    .findFirst()
                    .orElseThrow();
            var doc = documents.create(
                    school, year, DocumentType.ANTIRISK_PROGRAM, factor.code(), factor.nameRu(), "demo");
            var content = content(factor, year, n);
            documents.save(withContent(doc, content), 0, "demo");
            advance(doc.id(), STATES.get(n % STATES.size()), content);
            n++;
        }
        log.info("Demo planning {}: {} anti-risk programmes in every state", year, n);
    }

    private void advance(UUID id, String target, Content content) {
        if (target.equals("DRAFT")) return;
        documents.apply(id, Transition.SUBMIT, "demo", "");
        if (target.equals("SUBMITTED")) return;
        var review = reviews.assign(id, "expert", null, "region");
        if (target.equals("UNDER_REVIEW")) return;
        var measure = content.measures().getFirst();
        if (target.equals("RETURNED")) {
            reviews.complete(
                    review,
                    scores(1),
                    List.of(new Reviews.Remark("measure:" + measure.id(), "Уточните ответственного: должность и ФИО")),
                    "Программа требует доработки",
                    Verdict.RETURNED_FOR_REVISION,
                    "expert");
            return;
        }
        reviews.complete(review, scores(2), List.of(), "", Verdict.ACCEPTED, "expert");
        if (target.equals("APPROVED")) return;
        documents.apply(id, Transition.START, "demo", "");
        executeSome(id);
        if (target.equals("IN_IMPLEMENTATION")) return;
        documents.apply(id, Transition.COMPLETE, "demo", "");
        if (target.equals("COMPLETED")) return;
        documents.apply(id, Transition.ARCHIVE, "demo", "");
    }

    /** The first measure done with a link, the second in progress, the rest as planned (the earliest goes overdue). */
    private void executeSome(UUID documentId) {
        var measures = jdbc.sql("select id from planning.measure where document_id = ? order by due_date")
                .param(documentId)
                .query(UUID.class)
                .list();
        if (measures.size() < 2) return;
        jdbc.sql("""
                        insert into planning.evidence (id, measure_id, kind, name, url, added_by)
                        values (?, ?, 'LINK', 'Протокол педсовета на сайте школы', 'https://school.example/pedsovet', 'demo')""").params(UUID.randomUUID(), measures.get(0)).update();
        jdbc.sql("update planning.measure set status = 'DONE', completed_on = due_date - 3 where id = ?")
                .param(measures.get(0))
                .update();
        jdbc.sql("update planning.measure set status = 'IN_PROGRESS' where id = ?")
                .param(measures.get(1))
                .update();
    }

    private static List<Scoring.Score> scores(int score) {
        return List.of("PROFILE", "EVIDENCE", "GOALS", "MEASURES", "REALISM", "OWNERS", "INDICATORS", "MONITORING")
                .stream()
                .map(c -> new Scoring.Score(c, score, ""))
                .toList();
    }

    private Content content(SchoolRisks.FactorInfo factor, int year, int n) {
        LocalDate start = LocalDate.of(year, 9, 1);
        var task1 = new Content.Task(
                UUID.randomUUID().toString(), "Провести диагностику причин риска «" + factor.nameRu() + "»");
        var task2 = new Content.Task(UUID.randomUUID().toString(), "Внедрить меры из рекомендаций региона");
        var measures = new java.util.ArrayList<Content.Measure>();
        measures.add(measure(
                task1, "Педагогический совет по итогам самодиагностики", start, start.plusDays(40), "Директор"));
        measures.add(measure(
                task1,
                "Анализ результатов ВПР по заданиям",
                start,
                start.plusDays(70 + n % 20),
                "Заместитель директора по УВР"));
        var recommended = factor.measures().isEmpty()
                ? "Мероприятие по рекомендации"
                : factor.measures().getFirst();
        measures.add(
                measure(task2, recommended, start.plusDays(30), start.plusDays(150), "Заместитель директора по УВР"));
        measures.add(measure(
                task2, "Отчёт о ходе программы на совете школы", start.plusDays(200), start.plusDays(300), "Директор"));
        return new Content(
                Map.of(
                        "goal",
                        "Снизить влияние риска «" + factor.nameRu() + "» на результаты обучения к концу " + (year + 1)
                                + " года",
                        "monitoring",
                        "Ежеквартальный мониторинг показателей; посещение уроков; отчёт куратору"),
                List.of(task1, task2),
                measures,
                // named by the monitoring set's code, so the school's dynamics show the programme's target
                List.of(new Content.Target(
                        UUID.randomUUID().toString(), "Доля отметок «2» по ВПР, %", "%", 20.0 + n % 10, 12.0, "VPR2")));
    }

    private static Content.Measure measure(
            Content.Task task, String title, LocalDate start, LocalDate due, String who) {
        return new Content.Measure(
                UUID.randomUUID().toString(),
                task.id(),
                title,
                start,
                due,
                who,
                "педагоги школы",
                "",
                "протокол, приказ",
                List.of());
    }

    private static Document withContent(Document d, Content c) {
        return new Document(
                d.id(),
                d.schoolId(),
                d.schoolPath(),
                d.year(),
                d.type(),
                d.riskFactor(),
                d.title(),
                d.periodFrom(),
                d.periodTo(),
                d.status(),
                c,
                d.version(),
                d.submittedNumber(),
                d.approvedNumber(),
                d.updatedBy(),
                d.updatedAt());
    }
}
