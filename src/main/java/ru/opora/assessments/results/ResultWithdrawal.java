package ru.opora.assessments.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.assessments.AssessmentResultsWithdrawn;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;

/**
 * Takes an assessment's results back: of one school, or of every school in the withdrawer's scope
 * (the whole assessment for a region, its own schools for a municipality). The works and the
 * schools' figures go, the municipalities' and the region's are recomputed from the schools left,
 * each school's withdrawal is audited with its reason, and the modules that computed from the
 * results (risk profiles) recompute. Identification reads the figures when it runs.
 */
@Component
public class ResultWithdrawal {

    /** What was withdrawn: the assessment, how many schools and works. */
    public record Withdrawn(Assessment assessment, int schools, long works) {}

    /** A withdrawal without its reason is refused: the audit must say why results disappeared. */
    public static final class ReasonMissing extends RuntimeException {
        ReasonMissing() {
            super("a withdrawal needs a reason");
        }
    }

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final OrgUnits orgUnits;
    private final Aggregates aggregates;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ResultWithdrawal(
            JdbcClient jdbc,
            Catalogue catalogue,
            OrgUnits orgUnits,
            Aggregates aggregates,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.orgUnits = orgUnits;
        this.aggregates = aggregates;
        this.audit = audit;
        this.events = events;
    }

    /**
     * @param school the school, or null for every school of the scope with results of the assessment
     * @throws AccessDeniedException for a school outside the scope, before anything changes
     */
    @RequiresPermission(Permission.RESULTS_IMPORT)
    @Transactional
    public Withdrawn withdraw(UUID assessmentId, @Nullable UUID school, String reason, Scope scope, String actor) {
        Assessment a = catalogue.find(assessmentId).orElseThrow(NotFound::new);
        if (reason.isBlank()) throw new ReasonMissing();
        Map<UUID, OrgPath> paths = new HashMap<>();
        if (school != null) {
            var ref = orgUnits.find(school).orElseThrow(NotFound::new);
            if (!scope.permits(ref.path())) throw new AccessDeniedException("a school outside the scope");
            paths.put(school, ref.path());
        } else {
            for (var ref : orgUnits.byIds(aggregates.schoolsWith(assessmentId, scope))) paths.put(ref.id(), ref.path());
        }
        Map<UUID, Long> works = counts(assessmentId, paths.keySet());
        if (works.isEmpty()) return new Withdrawn(a, 0, 0);
        UUID[] ids = works.keySet().toArray(UUID[]::new);
        jdbc.sql("delete from assessments.work_block where assessment_id = ? and school_id = any(?)")
                .params(assessmentId, ids)
                .update();
        aggregates.deleteSchools(assessmentId, works.keySet());
        var parents = new LinkedHashSet<Aggregates.Parent>();
        for (UUID id : works.keySet()) parents.addAll(Aggregates.Parent.of(paths.get(id)));
        aggregates.rollUp(assessmentId, parents, a.tasks().size(), a.maxPrimaryScore());
        var changes = new ArrayList<AuditLog.Change>();
        works.forEach((id, n) -> changes.add(new AuditLog.Change(
                actor,
                paths.get(id),
                "RESULTS",
                id + "/" + assessmentId,
                a.title(),
                "WITHDRAW",
                Map.of("works", n),
                Map.of("works", 0, "reason", reason.strip()))));
        audit.recordAll(changes);
        events.publishEvent(
                new AssessmentResultsWithdrawn(assessmentId, List.copyOf(works.keySet()), reason.strip(), actor));
        return new Withdrawn(
                a,
                works.size(),
                works.values().stream().mapToLong(Long::longValue).sum());
    }

    private Map<UUID, Long> counts(UUID assessmentId, java.util.Collection<UUID> schools) {
        var counts = new HashMap<UUID, Long>();
        if (schools.isEmpty()) return counts;
        jdbc.sql("""
                        select school_id, sum(cardinality(codes)) as n from assessments.work_block
                        where assessment_id = ? and school_id = any(?) group by school_id""").params(assessmentId, schools.toArray(UUID[]::new)).query(rs -> {
            counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
        return counts;
    }
}
