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

    /** A task of the work: its number, the skill it checks, its maximum and the pupil's score (−1: not attempted). */
    public record TaskScore(String number, String skill, int max, int score) {}

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
            List<TaskScore> tasks) {}

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
                        where b.school_id = ? and a.kind = 'VPR' and a.year = ?
                        order by a.subject_code, a.grade, b.class_label, b.block""")
                .params(schoolId, year)
                .query((rs, n) -> new Block(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        (String[]) rs.getArray(3).getArray(),
                        rs.getBytes(4),
                        rs.getBytes(5)))
                .list();
        var assessments = new java.util.HashMap<UUID, Assessment>();
        var works = new ArrayList<Work>();
        for (Block b : blocks) {
            Assessment a = assessments.computeIfAbsent(
                    b.assessment(), k -> catalogue.find(k).orElseThrow());
            for (int w = 0; w < b.codes().length; w++) works.add(work(a, b, w));
        }
        return works;
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
                    t.number(), t.skill() == null ? "" : t.skill(), t.maxScore(), score == 255 ? -1 : score));
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
                tasks);
    }
}
