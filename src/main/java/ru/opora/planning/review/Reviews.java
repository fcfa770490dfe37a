package ru.opora.planning.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Role;
import ru.opora.identity.UserDirectory;
import ru.opora.planning.DocumentReviewed;
import ru.opora.planning.documents.DocumentRefused;
import ru.opora.planning.documents.DocumentStatus;
import ru.opora.planning.documents.PlanningSettings;
import ru.opora.planning.documents.SchoolDocuments;
import ru.opora.planning.documents.Transition;
import tools.jackson.databind.json.JsonMapper;

/**
 * The expert review of §6.8: the region assigns an expert to a submitted version, the expert scores
 * each criterion and writes remarks beside the text, and the verdict moves the document on.
 */
@Component
public class Reviews {

    /** A review as read. */
    public record Review(
            UUID id,
            UUID documentId,
            int version,
            String expert,
            String assignedBy,
            LocalDate due,
            List<Scoring.Score> scores,
            @Nullable String verdict,
            String summary,
            boolean completed,
            String documentTitle,
            String documentType) {}

    /** A remark on a place of the document. */
    public record Remark(String anchor, String text) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SchoolDocuments documents;
    private final UserDirectory users;
    private final PlanningSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviews(
            JdbcClient jdbc,
            JsonMapper json,
            SchoolDocuments documents,
            Services services,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.documents = documents;
        this.users = services.users();
        this.settings = services.settings();
        this.audit = services.audit();
        this.events = events;
        this.clock = clock;
    }

    /** What a review needs besides storage. */
    @Component
    record Services(UserDirectory users, PlanningSettings settings, AuditLog audit) {}

    @Transactional
    public UUID assign(UUID documentId, String expert, @Nullable LocalDate due, String actor) {
        var doc = documents.find(documentId).orElseThrow();
        var person = users.find(expert).filter(p -> p.role() == Role.REGION_EXPERT);
        if (person.isEmpty()) throw new DocumentRefused(List.of("planning.review.error.notExpert"), List.of());
        if (doc.status() != DocumentStatus.SUBMITTED || doc.submittedNumber() == null)
            throw new DocumentRefused(List.of("planning.refused.state"), List.of());
        var id = UUID.randomUUID();
        var dueDate = due != null ? due : LocalDate.now(clock).plusDays(settings.reviewDays());
        jdbc.sql("""
                        insert into planning.review (id, document_id, version_number, expert, assigned_by, due_date)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, documentId, doc.submittedNumber(), person.get().username(), actor, dueDate)
                .update();
        documents.apply(
                documentId, Transition.ASSIGN_EXPERT, actor, person.get().fullName());
        events.publishEvent(new ru.opora.planning.ExpertAssigned(
                documentId, doc.title(), person.get().username(), dueDate));
        return id;
    }

    public Optional<Review> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from planning.review where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    public List<Review> of(String expert) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from planning.review where lower(expert) = lower(?) order by completed_at nulls first, due_date")
                .param(expert)
                .query(this::row)
                .list();
    }

    /** Completes the expert's own open review; returns the message codes of what is wrong, empty when saved. */
    @Transactional
    public List<String> complete(
            UUID id,
            List<Scoring.Score> scores,
            List<Remark> remarks,
            String summary,
            @Nullable Verdict verdict,
            String expert) {
        var review = find(id).orElseThrow();
        if (!review.expert().equalsIgnoreCase(expert) || review.completed())
            throw new DocumentRefused(List.of("planning.refused.state"), List.of());
        var problems = Scoring.problems(
                settings.criteria(),
                scores,
                verdict,
                !remarks.isEmpty() || !summary.isBlank(),
                settings.acceptRatio(),
                settings.remarksRatio());
        if (!problems.isEmpty() || verdict == null) return problems;
        jdbc.sql("""
                        update planning.review set scores = cast(? as jsonb), remarks = cast(? as jsonb), summary = ?,
                            verdict = ?, completed_at = now() where id = ?""")
                .params(json.writeValueAsString(scores), json.writeValueAsString(remarks), summary, verdict.name(), id)
                .update();
        var doc = documents.apply(review.documentId(), verdict.transition(), expert, summary);
        audit.record(new AuditLog.Change(
                expert,
                doc.schoolPath(),
                "PLAN_REVIEW",
                id.toString(),
                doc.title(),
                verdict.name(),
                null,
                Map.of("total", scores.stream().mapToInt(Scoring.Score::score).sum(), "remarks", remarks.size())));
        events.publishEvent(new DocumentReviewed(
                doc.id(), doc.schoolId(), doc.schoolPath(), doc.title(), review.version(), verdict.name(), expert));
        return List.of();
    }

    private static final String COLUMNS =
            "id, document_id, version_number, expert, assigned_by, due_date, scores::text, verdict, coalesce(summary, ''),"
                    + " completed_at is not null, (select d.title from planning.document d where d.id = document_id),"
                    + " (select d.type from planning.document d where d.id = document_id)";

    private Review row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Review(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                List.of(json.readValue(rs.getString(7), Scoring.Score[].class)),
                rs.getString(8),
                rs.getString(9),
                rs.getBoolean(10),
                rs.getString(11),
                rs.getString(12));
    }
}
