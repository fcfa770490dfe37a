package ru.opora.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.planning.documents.Content;
import ru.opora.planning.documents.Document;
import ru.opora.planning.documents.DocumentType;
import ru.opora.planning.documents.SchoolDocuments;
import ru.opora.planning.documents.Transition;
import ru.opora.planning.execution.Measures;
import ru.opora.planning.review.Reviews;
import ru.opora.planning.review.Scoring;
import ru.opora.planning.review.Verdict;

/**
 * School documents for tests, taken along the real way: written, submitted, reviewed by an expert
 * and put into implementation, so that their measures are executed as a school's would be.
 */
@Component
public class TestPlans {

    private final SchoolDocuments documents;
    private final Reviews reviews;
    private final Measures measures;
    private final TestUsers users;

    TestPlans(SchoolDocuments documents, Reviews reviews, Measures measures, TestUsers users) {
        this.documents = documents;
        this.reviews = reviews;
        this.measures = measures;
        this.users = users;
    }

    /** A draft of the type, as the school creates it. */
    public Document draft(OrgUnitRef school, int year, DocumentType type) {
        return documents.create(school, year, type, null, title(type), "test");
    }

    /**
     * A roadmap in implementation whose one measure is due on {@code due} (inside the year's
     * September-to-next-December period); returns the measure.
     */
    public Measures.Measure measureInExecution(OrgUnitRef school, int year, String title, LocalDate due) {
        var doc = draft(school, year, DocumentType.ROADMAP);
        documents.save(withContent(doc, content(title, year, due)), 0, "test");
        documents.apply(doc.id(), Transition.SUBMIT, "test", "");
        String expert = users.create(Role.REGION_EXPERT, school);
        var review = reviews.assign(doc.id(), expert, null, "test");
        var problems = reviews.complete(review, scores(2), List.of(), "", Verdict.ACCEPTED, expert);
        if (!problems.isEmpty()) throw new IllegalStateException("the test review was refused: " + problems);
        documents.apply(doc.id(), Transition.START, "test", "");
        return measures.ofDocument(doc.id()).getFirst();
    }

    /** A roadmap submitted and given to a new expert of the region, the review still open; returns the expert. */
    public String underReview(OrgUnitRef school, int year, LocalDate due) {
        var doc = draft(school, year, DocumentType.ROADMAP);
        documents.save(withContent(doc, content("Педагогический совет по итогам ВПР", year, due)), 0, "test");
        documents.apply(doc.id(), Transition.SUBMIT, "test", "");
        String expert = users.create(Role.REGION_EXPERT, school);
        reviews.assign(doc.id(), expert, null, "test");
        return expert;
    }

    private static String title(DocumentType type) {
        return switch (type) {
            case CONCEPT -> "Концепция развития";
            case MIDTERM_PROGRAM -> "Среднесрочная программа";
            case ANTIRISK_PROGRAM -> "Антирисковая программа";
            case ROADMAP -> "Дорожная карта";
            case MUNICIPAL_ROADMAP -> "Муниципальная дорожная карта";
            case PUPIL_PROGRAM -> "Программа работы с обучающимися группы риска";
        };
    }

    private static Content content(String title, int year, LocalDate due) {
        var task = new Content.Task(UUID.randomUUID().toString(), "Повысить качество обучения");
        var measure = new Content.Measure(
                UUID.randomUUID().toString(),
                task.id(),
                title,
                LocalDate.of(year, 9, 1),
                due,
                "Директор",
                "педагоги школы",
                "",
                "протокол",
                List.of());
        return new Content(
                Map.of("goal", "Снизить долю отметок «2» по ВПР", "monitoring", "Ежеквартальный мониторинг"),
                List.of(task),
                List.of(measure),
                List.of(new Content.Target(UUID.randomUUID().toString(), "Доля отметок «2» по ВПР", "%", 20.0, 12.0)));
    }

    private static List<Scoring.Score> scores(int score) {
        return List.of("PROFILE", "EVIDENCE", "GOALS", "MEASURES", "REALISM", "OWNERS", "INDICATORS", "MONITORING")
                .stream()
                .map(c -> new Scoring.Score(c, score, ""))
                .toList();
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
