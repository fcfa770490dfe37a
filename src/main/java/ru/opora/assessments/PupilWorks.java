package ru.opora.assessments;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.catalogue.Task;

/**
 * One school's ВПР works of a year, pupil by pupil, as stored (by participant code and class, never
 * by name): what the lists of pupils at risk are suggested from. Read from the school's work blocks,
 * so a school's year costs a few reads whatever the region's size.
 */
@Component
public class PupilWorks {

    /**
     * A task of the work: its number, the code and words of the skill it checks, its maximum and the
     * pupil's score (−1: not attempted).
     */
    public record TaskScore(String number, String skillCode, String skill, int max, int score) {}

    /** A work of the school later than a given year, of any kind that measures pupils task by task. */
    public record Later(UUID assessmentId, String kind, int year, int grade) {}

    /** One pupil's work. */
    public record Work(
            UUID assessmentId,
            String subjectCode,
            String subjectName,
            int grade,
            int year,
            String participantCode,
            String classLabel,
            int mark,
            int primaryScore,
            int maxPrimary,
            boolean ovz,
            List<TaskScore> tasks,
            int journalMark) {}

    private final JdbcClient jdbc;
    private final Catalogue catalogue;

    PupilWorks(JdbcClient jdbc, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** The school's ВПР works of the year, by subject, grade, class and code. */
    public List<Work> of(UUID schoolId, int year) {
        // the blocks first, the catalogue after: a catalogue read inside the row callback would hold two connections
        var blocks = jdbc.sql("""
                        select b.assessment_id, b.class_label, b.codes, b.scores, b.facts
                        from assessments.work_block b join assessments.assessment a on a.id = b.assessment_id
                        where b.year = ? and b.school_id = ? and a.kind = 'VPR' and a.year = ?
                        order by a.subject_code, a.grade, b.class_label, b.block""")
                .params(year, schoolId, year)
                .query((rs, n) -> new Block(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        (String[]) rs.getArray(3).getArray(),
                        rs.getBytes(4),
                        rs.getBytes(5)))
                .list();
        // the year's assessments in two statements, not two per assessment
        var assessments = new java.util.HashMap<UUID, Assessment>();
        catalogue
                .findAll(blocks.stream().map(Block::assessment).distinct().toList())
                .forEach(a -> assessments.put(a.id(), a));
        var works = new ArrayList<Work>();
        for (Block b : blocks) {
            Assessment a = java.util.Objects.requireNonNull(assessments.get(b.assessment()));
            for (int w = 0; w < b.codes().length; w++) works.add(work(a, b, w));
        }
        return works;
    }

    /** The school's works of one assessment (of any kind), by class and code. */
    public List<Work> ofAssessment(UUID schoolId, UUID assessmentId) {
        // the catalogue first: the assessment's year names the partition the blocks are in (V10)
        var found = catalogue.find(assessmentId);
        if (found.isEmpty()) return List.of();
        Assessment a = found.get();
        var blocks = jdbc.sql("""
                        select b.assessment_id, b.class_label, b.codes, b.scores, b.facts from assessments.work_block b
                        where b.year = ? and b.school_id = ? and b.assessment_id = ? order by b.class_label, b.block""")
                .params(a.year(), schoolId, assessmentId)
                .query((rs, n) -> new Block(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        (String[]) rs.getArray(3).getArray(),
                        rs.getBytes(4),
                        rs.getBytes(5)))
                .list();
        var works = new ArrayList<Work>();
        for (Block b : blocks) for (int w = 0; w < b.codes().length; w++) works.add(work(a, b, w));
        return works;
    }

    /**
     * The school's works of a subject that can re-measure a pupil's route written from a ВПР of the
     * year: a later year's ВПР, or a regional diagnostic of that year or later, earliest first.
     */
    public List<Later> later(UUID schoolId, String subjectCode, int year) {
        return jdbc.sql("""
                        select a.id, a.kind, a.year, a.grade from assessments.assessment a
                        where a.subject_code = ? and ((a.kind = 'VPR' and a.year > ?) or (a.kind = 'REGIONAL' and a.year >= ?))
                          and exists (select 1 from assessments.work_block b where b.year >= ? and b.assessment_id = a.id
                              and b.school_id = ?)
                        order by a.year, a.kind desc, a.grade""")
                .params(subjectCode, year, year, year, schoolId)
                .query((rs, n) -> new Later(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** The participant codes of the school's works of any kind and year: the pupils Opora knows there. */
    public java.util.Set<String> codes(UUID schoolId) {
        return new java.util.HashSet<>(
                jdbc.sql("select distinct unnest(codes) from assessments.work_block where school_id = ?")
                        .param(schoolId)
                        .query(String.class)
                        .list());
    }

    /** A stored block of a class's works: codes, scores (works × tasks) and facts (8 bytes a work). */
    private record Block(UUID assessment, String classLabel, String[] codes, byte[] scores, byte[] facts) {}

    private static Work work(Assessment a, Block b, int w) {
        int taskCount = a.tasks().size();
        int f = w * 8;
        var tasks = new ArrayList<TaskScore>(taskCount);
        for (Task t : a.tasks()) {
            int score = b.scores()[w * taskCount + t.position()] & 0xFF;
            tasks.add(new TaskScore(
                    t.number(),
                    t.skillCode() == null ? "" : t.skillCode(),
                    t.skill() == null ? "" : t.skill(),
                    t.maxScore(),
                    score == 255 ? -1 : score));
        }
        byte[] facts = b.facts();
        return new Work(
                a.id(),
                a.subjectCode(),
                a.subjectName(),
                a.grade(),
                a.year(),
                b.codes()[w],
                b.classLabel(),
                facts[f + 4],
                ((facts[f + 2] & 0xFF) << 8) | (facts[f + 3] & 0xFF),
                a.maxPrimaryScore(),
                facts[f + 7] == 1,
                tasks,
                facts[f + 5]);
    }
}
