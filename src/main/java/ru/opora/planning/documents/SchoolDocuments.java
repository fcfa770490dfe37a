package ru.opora.planning.documents;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;
import ru.opora.planning.DocumentSubmitted;
import ru.opora.risk.SchoolRisks;

/**
 * The school's documents: created from their template, saved with optimistic locking, moved through
 * §8.2 by {@link #apply} with its guards, every step audited and kept in the document's history.
 */
@Component
public class SchoolDocuments {

    private final DocumentStore store;
    private final PlanningSettings settings;
    private final SchoolRisks risks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    SchoolDocuments(
            DocumentStore store,
            PlanningSettings settings,
            SchoolRisks risks,
            AuditLog audit,
            ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.clock = clock;
        this.store = store;
        this.settings = settings;
        this.risks = risks;
        this.audit = audit;
        this.events = events;
    }

    public Optional<Document> find(UUID id) {
        return store.find(id);
    }

    public List<Document> ofSchool(UUID schoolId, int year) {
        return store.ofSchool(schoolId, year);
    }

    public List<Document> inScope(Scope scope, int year) {
        return store.inScope(scope, year);
    }

    /** A new draft of the type; an anti-risk programme names its risk. The period runs from September to the next December. */
    @Transactional
    public Document create(
            OrgUnitRef school, int year, DocumentType type, @Nullable String risk, String title, String actor) {
        var doc = new Document(
                UUID.randomUUID(),
                school.id(),
                school.path(),
                year,
                type,
                type.keyed() ? risk : null,
                title,
                LocalDate.of(year, 9, 1),
                LocalDate.of(year + 1, 12, 31),
                DocumentStatus.DRAFT,
                Content.empty(),
                0,
                null,
                null,
                actor,
                clock.instant());
        store.insert(doc, actor);
        audit.record(change(doc, actor, "CREATE", null));
        return doc;
    }

    /** Saves the working copy; refused unless it is a draft or returned, and when someone saved it meanwhile. */
    @Transactional
    public void save(Document edited, int expectedVersion, String actor) {
        var before = store.lock(edited.id()).orElseThrow();
        if (!before.status().editable()) throw new DocumentRefused(List.of("planning.refused.notEditable"), List.of());
        if (before.version() != expectedVersion || !store.save(edited, expectedVersion, actor))
            throw new DocumentChanged(before.updatedBy());
        audit.record(change(edited, actor, "UPDATE", before));
    }

    /** The plan checker's findings for the document as it is now. */
    public List<Gap> gaps(Document d) {
        return PlanChecker.check(settings.template(d.type()), d.content(), d.periodFrom(), d.periodTo());
    }

    /** Applies a transition after its guards; returns the document as it is after. */
    @Transactional
    public Document apply(UUID id, Transition transition, String actor, String note) {
        var doc = store.lock(id).orElseThrow();
        var gaps = transition == Transition.SUBMIT ? gaps(doc) : List.<Gap>of();
        var facts = new Lifecycle.Facts(
                gaps,
                doc.riskFactor() == null
                        || risks.chosen(doc.schoolId(), doc.year()).contains(doc.riskFactor()),
                conceptApproved(doc),
                settings.requireConceptFirst());
        var refusals = Lifecycle.refusals(doc.type(), doc.status(), transition, facts);
        if (!refusals.isEmpty()) throw new DocumentRefused(refusals, gaps);
        store.setStatus(id, transition.to(), actor);
        store.event(id, transition, doc.status(), actor, note);
        if (transition == Transition.SUBMIT) {
            int number = store.addVersion(doc, actor);
            events.publishEvent(new DocumentSubmitted(
                    id,
                    doc.schoolId(),
                    doc.schoolPath(),
                    doc.title(),
                    doc.type().name(),
                    number,
                    actor));
        }
        if (transition == Transition.ACCEPT || transition == Transition.ACCEPT_WITH_REMARKS) {
            int number = java.util.Objects.requireNonNull(doc.submittedNumber());
            store.approve(id, number);
            events.publishEvent(new DocumentApproved(store.find(id).orElseThrow(), number, actor));
        }
        var after = store.find(id).orElseThrow();
        audit.record(change(after, actor, transition.name(), doc));
        return after;
    }

    private boolean conceptApproved(Document doc) {
        return store.ofSchool(doc.schoolId(), doc.year()).stream()
                .anyMatch(d -> d.type() == DocumentType.CONCEPT && d.approvedNumber() != null);
    }

    public List<DocumentEvent> history(UUID id) {
        return store.history(id);
    }

    public List<DocumentVersion> versions(UUID id) {
        return store.versions(id);
    }

    private static AuditLog.Change change(Document d, String actor, String action, @Nullable Document before) {
        return new AuditLog.Change(
                actor,
                d.schoolPath(),
                "PLAN_DOCUMENT",
                d.id().toString(),
                d.title(),
                action,
                before == null ? null : state(before),
                state(d));
    }

    private static Map<String, Object> state(Document d) {
        var m = new HashMap<String, Object>();
        m.put("status", d.status().name());
        m.put("title", d.title());
        m.put("period", d.periodFrom() + "–" + d.periodTo());
        m.put("measures", d.content().measures().size());
        return m;
    }
}
