package ru.opora.assessments.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.shared.importing.ImportProblem;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;

/**
 * Loads a catalogue file for a region admin: new assessments are added, existing ones replaced —
 * except that an assessment with results keeps its tasks and scale (stored scores and marks depend
 * on them), and only its skills and difficulty levels change. All of the file or nothing.
 */
@Component
public class CatalogueUpload {

    /** The largest catalogue file taken. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private enum Action {
        ADD,
        REPLACE,
        DESCRIBE,
        KEEP
    }

    private record Step(CatalogueFile.Read read, Action action, Assessment stored) {}

    private final Catalogue catalogue;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    CatalogueUpload(Catalogue catalogue, JdbcClient jdbc, AuditLog audit) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @RequiresPermission(Permission.CATALOGUE_EDIT)
    @Transactional
    public ImportReport load(TabularImport.Upload upload, String actor) {
        var reading = CatalogueFile.read(upload);
        var steps = new ArrayList<Step>();
        for (CatalogueFile.Read r : reading.entries()) {
            var step = step(r);
            if (step == null)
                reading.problems()
                        .add(new ImportProblem(
                                "CAT-E006", r.row(), null, r.assessment().title(), ""));
            else steps.add(step);
        }
        var report = reading.as(steps).commit(this::apply);
        audit.recordImport(actor, "CATALOGUE", report);
        return report;
    }

    /** What the file does to one assessment; {@code null} when it may not (results exist and the structure differs). */
    private @org.jspecify.annotations.Nullable Step step(CatalogueFile.Read read) {
        Assessment a = read.assessment();
        var existing =
                catalogue.idOf(a.kind(), a.year(), a.subjectCode(), a.grade()).flatMap(catalogue::find);
        if (existing.isEmpty()) return new Step(read, Action.ADD, a);
        Assessment stored = existing.get();
        if (sameTasksAndSkills(stored, a)) return new Step(read, Action.KEEP, stored);
        if (!hasResults(stored)) return new Step(read, Action.REPLACE, stored);
        if (sameStructure(stored, a)) return new Step(read, Action.DESCRIBE, stored);
        return null;
    }

    private ImportReport.Tally apply(List<Step> steps) {
        int added = 0, replaced = 0, kept = 0;
        for (Step s : steps) {
            Assessment loaded = s.read().assessment();
            switch (s.action()) {
                case ADD, REPLACE -> catalogue.save(loaded);
                case DESCRIBE -> describe(s.stored(), loaded);
                case KEEP -> {}
            }
            if (s.action() == Action.ADD) added++;
            else if (s.action() == Action.KEEP) kept++;
            else replaced++;
        }
        return new ImportReport.Tally(added, replaced, kept);
    }

    private boolean hasResults(Assessment a) {
        return jdbc.sql("select exists (select 1 from assessments.work_block where assessment_id = ?)")
                .param(a.id())
                .query(Boolean.class)
                .single();
    }

    private static boolean sameStructure(Assessment stored, Assessment loaded) {
        if (!stored.scale().equals(loaded.scale())
                || stored.tasks().size() != loaded.tasks().size()) return false;
        for (int i = 0; i < stored.tasks().size(); i++) {
            Task s = stored.tasks().get(i), l = loaded.tasks().get(i);
            if (!s.number().equals(l.number()) || s.maxScore() != l.maxScore()) return false;
        }
        return true;
    }

    private static boolean sameTasksAndSkills(Assessment stored, Assessment loaded) {
        return sameStructure(stored, loaded)
                && stored.subjectName().equals(loaded.subjectName())
                && stored.tasks().equals(loaded.tasks());
    }

    private void describe(Assessment stored, Assessment loaded) {
        for (Task t : loaded.tasks())
            jdbc.sql(
                            "update assessments.task set skill_code = ?, skill = ?, difficulty = ? where assessment_id = ? and position = ?")
                    .params(t.skillCode(), t.skill(), t.difficulty().name(), stored.id(), t.position())
                    .update();
    }
}
