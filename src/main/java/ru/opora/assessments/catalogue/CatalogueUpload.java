package ru.opora.assessments.catalogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;

/**
 * Loads a catalogue file for a region admin: new assessments are added, existing ones replaced —
 * except that an assessment with results keeps its tasks and scale (stored scores and marks depend
 * on them), and only its skills and difficulty levels change. All of the file or nothing.
 */
@Component
public class CatalogueUpload {

    /** What the load did, or why it did nothing. */
    public record Outcome(int added, int replaced, int describedOnly, List<String> problems) {}

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
    public Outcome load(String fileName, Path file, String actor) {
        var read = CatalogueFile.read(fileName, file);
        if (!read.problems().isEmpty()) return new Outcome(0, 0, 0, read.problems());
        var problems = new ArrayList<String>();
        int added = 0, replaced = 0, described = 0;
        for (Assessment a : read.assessments()) {
            var existing = catalogue
                    .idOf(a.kind(), a.year(), a.subjectCode(), a.grade())
                    .flatMap(catalogue::find);
            if (existing.isEmpty()) {
                catalogue.save(a);
                added++;
            } else if (!hasResults(existing.get())) {
                catalogue.save(a);
                replaced++;
            } else if (sameStructure(existing.get(), a)) {
                describe(existing.get(), a);
                described++;
            } else
                problems.add(
                        a.title()
                                + ": по работе уже загружены результаты — задания и шкалу изменить нельзя, только описания умений и уровни.");
        }
        if (!problems.isEmpty()) throw new CatalogueRejected(problems);
        audit.record(new AuditLog.Change(
                actor,
                null,
                "CATALOGUE",
                fileName,
                fileName,
                "UPDATE",
                null,
                java.util.Map.of("added", added, "replaced", replaced, "described", described)));
        return new Outcome(added, replaced, described, List.of());
    }

    private boolean hasResults(Assessment a) {
        return jdbc.sql("select exists (select 1 from assessments.participant_result where assessment_id = ?)")
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

    private void describe(Assessment stored, Assessment loaded) {
        for (Task t : loaded.tasks())
            jdbc.sql(
                            "update assessments.task set skill_code = ?, skill = ?, difficulty = ? where assessment_id = ? and position = ?")
                    .params(t.skillCode(), t.skill(), t.difficulty().name(), stored.id(), t.position())
                    .update();
    }

    /** A file whose every assessment could not be taken; the transaction rolls back. */
    public static final class CatalogueRejected extends RuntimeException {
        private final List<String> problems;

        CatalogueRejected(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
