package ru.opora.assessments.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.assessments.AssessmentResultsImported;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.catalogue.Scale;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.shared.NotFound;

/**
 * Corrects an assessment's mark scale after results were loaded (a catalogue entry shipped with
 * wrong thresholds): the preview says how many works would change mark and how; the correction
 * rewrites every stored work's mark from its primary score, recomputes the schools' figures and
 * rolls them up, and is audited. The scale is the country's catalogue, so every region's works of
 * the assessment follow. Scores do not change: only thresholds can be corrected this way.
 */
@Component
public class ScaleCorrection {

    /** New thresholds as typed: the lowest primary score of «3», «4» and «5». */
    public record Thresholds(int min3, int min4, int min5) {}

    /** What the correction would do: works read, works whose mark changes, and from→to counts («3→2»: 12). */
    public record Preview(
            Assessment assessment, Scale from, Scale to, long works, long changed, Map<String, Long> moves) {}

    /** Thresholds that do not make a scale: out of order, overlapping, above the maximum, leaving a gap. */
    public static final class BadScale extends RuntimeException {
        /** The assessment's maximum primary score, which «5» may not exceed. */
        public final int max;

        BadScale(int max) {
            super("thresholds must grow from above 0 to at most " + max);
            this.max = max;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Catalogue catalogue;
    private final Aggregates aggregates;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ScaleCorrection(
            JdbcClient jdbc,
            JdbcTemplate batch,
            Catalogue catalogue,
            Aggregates aggregates,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.catalogue = catalogue;
        this.aggregates = aggregates;
        this.audit = audit;
        this.events = events;
    }

    /** The scale the thresholds make with the assessment's maximum, or why they make none. */
    public static Scale scale(Thresholds t, int max) {
        if (!(0 < t.min3() && t.min3() < t.min4() && t.min4() < t.min5() && t.min5() <= max)) throw new BadScale(max);
        return Scale.of(t.min3(), t.min4(), t.min5(), max);
    }

    @RequiresPermission(Permission.CATALOGUE_EDIT)
    @Transactional(readOnly = true)
    public Preview preview(UUID assessmentId, Thresholds thresholds) {
        Assessment a = catalogue.find(assessmentId).orElseThrow(NotFound::new);
        Scale to = scale(thresholds, a.maxPrimaryScore());
        var moves = new Moves();
        blocks(a, (block, facts, scores, n) -> {
            for (int w = 0; w < n; w++) {
                int f = w * WorkBlock.FACT_BYTES;
                moves.work(facts[f + 4], to.markFor(primary(facts, f)));
            }
        });
        return moves.preview(a, to);
    }

    /**
     * Applies the thresholds: the catalogue, every work's mark, the figures of every school and above,
     * in one pass over the stored works (which also counts what moved, as the preview does).
     */
    @RequiresPermission(Permission.CATALOGUE_EDIT)
    @Transactional
    public Preview apply(UUID assessmentId, Thresholds thresholds, String actor) {
        Assessment a = catalogue.find(assessmentId).orElseThrow(NotFound::new);
        Scale to = scale(thresholds, a.maxPrimaryScore());
        catalogue.correctScale(a.id(), to);
        int tasks = a.tasks().size();
        var moves = new Moves();
        var perSchool = new LinkedHashMap<Aggregates.Key, ResultAggregate>();
        Map<UUID, OrgPath> paths = schoolPaths(a.id());
        var rewrites = new ArrayList<Object[]>();
        blocks(a, (block, facts, scores, n) -> {
            boolean changed = false;
            for (int w = 0; w < n; w++) {
                int f = w * WorkBlock.FACT_BYTES;
                int primary = primary(facts, f);
                int mark = to.markFor(primary);
                changed |= moves.work(facts[f + 4], mark);
                facts[f + 4] = (byte) mark;
                OrgPath path = paths.get(block.school());
                if (path == null) continue;
                perSchool
                        .computeIfAbsent(
                                new Aggregates.Key(block.school(), 3, path, "", facts[f + 7] == 1),
                                k -> new ResultAggregate(tasks, a.maxPrimaryScore()))
                        .add(primary, mark, scores, w * tasks, facts[f + 5]);
            }
            if (changed)
                rewrites.add(new Object[] {
                    facts, a.id(), block.school(), block.classLabel(), block.importNumber(), block.number()
                });
        });
        batch.batchUpdate("""
                update assessments.work_block set facts = ?
                where assessment_id = ? and school_id = ? and class_label = ? and import_number = ? and block = ?""", rewrites);
        aggregates.deleteSchools(a.id(), paths.keySet());
        aggregates.copyAll(a.id(), perSchool);
        var parents = new LinkedHashSet<Aggregates.Parent>();
        for (OrgPath p : paths.values()) parents.addAll(Aggregates.Parent.of(p));
        aggregates.rollUp(a.id(), parents, tasks, a.maxPrimaryScore());
        var done = moves.preview(a, to);
        audited(done, actor);
        events.publishEvent(
                new AssessmentResultsImported(a.id(), List.copyOf(paths.keySet()), (int) done.works(), actor));
        return done;
    }

    /** The works read and how their marks move («2» → «3»: n). */
    private static final class Moves {
        private final java.util.TreeMap<String, Long> moves = new java.util.TreeMap<>();
        private long works;

        /** Counts a work; true when its mark moves. */
        boolean work(int from, int to) {
            works++;
            if (from == to) return false;
            moves.merge("«" + from + "» → «" + to + "»", 1L, Long::sum);
            return true;
        }

        Preview preview(Assessment a, Scale to) {
            long changed = moves.values().stream().mapToLong(Long::longValue).sum();
            return new Preview(a, a.scale(), to, works, changed, moves);
        }
    }

    private void audited(Preview preview, String actor) {
        Scale to = preview.to();
        audit.record(new AuditLog.Change(
                actor,
                null,
                "CATALOGUE",
                preview.assessment().id().toString(),
                preview.assessment().title(),
                "SCALE_CORRECTION",
                thresholdsOf(preview.from()),
                Map.of(
                        "min3", to.threshold(3),
                        "min4", to.threshold(4),
                        "min5", to.threshold(5),
                        "worksChanged", preview.changed())));
    }

    private static Map<String, Object> thresholdsOf(Scale s) {
        return Map.of("min3", s.threshold(3), "min4", s.threshold(4), "min5", s.threshold(5));
    }

    private static int primary(byte[] facts, int f) {
        return ((facts[f + 2] & 0xFF) << 8) | (facts[f + 3] & 0xFF);
    }

    private Map<UUID, OrgPath> schoolPaths(UUID assessmentId) {
        var paths = new HashMap<UUID, OrgPath>();
        jdbc.sql("""
                        select distinct org_unit_id, org_path from assessments.result_aggregate
                        where assessment_id = ? and org_level = 3 and class_label = ''""").param(assessmentId).query(rs -> {
            paths.put(rs.getObject(1, UUID.class), OrgPath.parse(rs.getString(2)));
        });
        return paths;
    }

    /** A stored block's key. */
    private record Block(UUID school, String classLabel, long importNumber, int number) {}

    @FunctionalInterface
    private interface BlockVisitor {
        void visit(Block block, byte[] facts, byte[] scores, int works);
    }

    private void blocks(Assessment a, BlockVisitor visitor) {
        jdbc.sql("""
                        select school_id, class_label, import_number, block, cardinality(codes) as n, scores, facts
                        from assessments.work_block where assessment_id = ? order by school_id, class_label""").param(a.id()).query(rs -> {
            visitor.visit(
                    new Block(
                            rs.getObject("school_id", UUID.class),
                            rs.getString("class_label"),
                            rs.getLong("import_number"),
                            rs.getInt("block")),
                    rs.getBytes("facts"),
                    rs.getBytes("scores"),
                    rs.getInt("n"));
        });
    }
}
