package ru.opora.assessments.results;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ru.opora.assessments.AssessmentResultsImported;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.identity.AuditLog;
import ru.opora.orgunits.OrgPath;

/** Records an import in the audit log (one entry per school, replaced works counted) and announces it. */
@Component
class ResultAudit {

    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ResultAudit(AuditLog audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
    }

    void imported(
            Assessment a,
            ResultImport.Request request,
            Map<UUID, Long> before,
            Map<UUID, Long> after,
            Map<UUID, OrgPath> paths) {
        Set<UUID> schools = after.keySet();
        var changes = new java.util.ArrayList<AuditLog.Change>();
        for (UUID school : schools) {
            long was = before.getOrDefault(school, 0L);
            changes.add(new AuditLog.Change(
                    request.actor(),
                    paths.get(school),
                    "RESULTS",
                    school + "/" + a.id(),
                    a.title(),
                    was == 0 ? "CREATE" : "UPDATE",
                    was == 0 ? null : Map.of("works", was),
                    Map.of("works", after.get(school), "file", request.fileName())));
        }
        audit.recordAll(changes);
        int total = after.values().stream().mapToInt(Long::intValue).sum();
        events.publishEvent(new AssessmentResultsImported(a.id(), List.copyOf(schools), total, request.actor()));
    }
}
