package ru.opora.people.loop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.assessments.ClassTeachers;
import ru.opora.assessments.SkillRates;
import ru.opora.assessments.SkillRates.Rate;
import ru.opora.assessments.SkillRates.SkillLine;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;
import ru.opora.people.courses.CourseCatalogue;
import ru.opora.people.diagnostics.Deficits;
import ru.opora.people.teachers.Staffing;

/**
 * The loop of one school from the ВПР of a year to the next (issue #18): each skill with a task
 * below the region's low-solve-rate rule, followed to the teachers of the classes that wrote it,
 * their deficits in it and their courses on it, and back to the same skill's solve rate a year on.
 */
@Component
class SchoolLoop {

    /** What the loop reads: results by skill, the staff, the diagnostics and the course catalogue. */
    @Component
    record Sources(
            SkillRates skills,
            Staffing staffing,
            Deficits deficits,
            CourseCatalogue courses,
            ru.opora.people.teachers.Subjects subjects) {}

    private final Sources sources;
    private final LoopSettings settings;

    SchoolLoop(Sources sources, LoopSettings settings) {
        this.sources = sources;
        this.settings = settings;
    }

    /** The school's weak skills in the ВПР of {@code year}, each followed to the ВПР of {@code year + 1}. */
    List<LoopLine> of(OrgPath school, int year, Map<UUID, String> names) {
        var before = sources.skills().ofSchool(school, year);
        var after = byKey(sources.skills().ofSchool(school, year + 1));
        var classesBefore = teachersByClass(school, ClassTeachers.schoolYearOf(year));
        var classesAfter = teachersByClass(school, ClassTeachers.schoolYearOf(year + 1));
        var cutoff = settings.cutoff(year + 1);
        var lows = before.stream().filter(SkillLine::low).toList();
        Set<UUID> everyone = new LinkedHashSet<>();
        for (SkillLine line : lows)
            line.classes().keySet().forEach(c -> {
                UUID t = teacherOf(classesBefore, line.subjectCode(), c);
                if (t != null) everyone.add(t);
            }); // a few teachers more than the low grades' ones: one read for all
        var found = new Found(
                sources.deficits().ofTeachers(everyone, cutoff),
                sources.courses().takenBy(everyone),
                sources.courses().bySkill(school.regionId()),
                cutoff);
        var lines = new ArrayList<LoopLine>();
        for (SkillLine line : lows)
            lines.add(follow(line, after.get(key(line)), classesBefore, classesAfter, names, found));
        return lines;
    }

    /** What the loop found for the teachers of a school's weak skills: diagnoses, courses taken, courses offered. */
    record Found(
            Map<UUID, List<Deficits.SkillResult>> diagnoses,
            Map<UUID, List<CourseCatalogue.Taken>> taken,
            Map<String, List<CourseCatalogue.Course>> bySkill,
            java.time.LocalDate cutoff) {}

    private LoopLine follow(
            SkillLine line,
            @org.jspecify.annotations.Nullable SkillLine next,
            Map<String, UUID> classesBefore,
            Map<String, UUID> classesAfter,
            Map<UUID, String> names,
            Found found) {
        var teachers = new LinkedHashMap<UUID, List<String>>();
        Rate classesThen = Rate.NONE;
        var lowGrades = line.lowTasks().stream().map(SkillRates.LowTask::grade).toList();
        for (var c : line.classes().entrySet()) {
            UUID t = teacherOf(classesBefore, line.subjectCode(), c.getKey());
            if (t == null || !lowGrades.contains(grade(c.getKey()))) continue;
            teachers.computeIfAbsent(t, k -> new ArrayList<>())
                    .add(line.classLabels().get(c.getKey()));
            classesThen = classesThen.plus(c.getValue());
        }
        Rate classesNow = Rate.NONE;
        var loopTeachers = new ArrayList<LoopLine.LoopTeacher>();
        for (var t : teachers.entrySet()) {
            var later = new ArrayList<String>();
            if (next != null)
                for (var c : next.classes().entrySet())
                    if (t.getKey().equals(teacherOf(classesAfter, line.subjectCode(), c.getKey()))) {
                        later.add(next.classLabels().get(c.getKey()));
                        classesNow = classesNow.plus(c.getValue());
                    }
            loopTeachers.add(teacher(
                    t.getKey(), names.getOrDefault(t.getKey(), "—"), t.getValue(), later, line.skillCode(), found));
        }
        return line(line, next, classesThen, classesNow, loopTeachers);
    }

    private LoopLine line(
            SkillLine line,
            @org.jspecify.annotations.Nullable SkillLine next,
            Rate classesThen,
            Rate classesNow,
            List<LoopLine.LoopTeacher> teachers) {
        var draft = new LoopLine(
                line.subjectName(),
                line.skillCode(),
                line.skill(),
                line.lowTasks(),
                line.school(),
                next == null ? Rate.NONE : next.school(),
                line.region(),
                next == null ? Rate.NONE : next.region(),
                classesThen,
                classesNow,
                teachers,
                LoopLine.Outcome.NO_NEXT_VPR);
        Double beyond = draft.beyondRegion();
        var outcome = beyond == null
                ? LoopLine.Outcome.NO_NEXT_VPR
                : beyond >= settings.margin()
                        ? LoopLine.Outcome.BETTER
                        : beyond <= -settings.margin() ? LoopLine.Outcome.WORSE : LoopLine.Outcome.SAME;
        return new LoopLine(
                draft.subject(),
                draft.skillCode(),
                draft.skill(),
                draft.lowTasks(),
                draft.schoolBefore(),
                draft.schoolAfter(),
                draft.regionBefore(),
                draft.regionAfter(),
                classesThen,
                classesNow,
                teachers,
                outcome);
    }

    static LoopLine.LoopTeacher teacher(
            UUID id, String name, List<String> before, List<String> after, String skill, Found found) {
        var cutoff = found.cutoff();
        var diagnosis = found.diagnoses().getOrDefault(id, List.of()).stream()
                .filter(r -> r.skillCode().equals(skill))
                .findFirst()
                .orElse(null);
        var addressing = found.bySkill().getOrDefault(skill, List.of());
        Set<UUID> addressingIds = new java.util.HashSet<>();
        addressing.forEach(c -> addressingIds.add(c.id()));
        var completed = new ArrayList<CourseCatalogue.Taken>();
        var enrolled = new ArrayList<CourseCatalogue.Taken>();
        Set<UUID> takenIds = new java.util.HashSet<>();
        for (var t : found.taken().getOrDefault(id, List.of())) {
            takenIds.add(t.courseId());
            if (!addressingIds.contains(t.courseId()) || !t.started().isBefore(cutoff)) continue;
            if (t.completed() != null && t.completed().isBefore(cutoff)) completed.add(t);
            else enrolled.add(t);
        }
        var recommended =
                addressing.stream().filter(c -> !takenIds.contains(c.id())).toList();
        return new LoopLine.LoopTeacher(id, name, before, after, diagnosis, completed, enrolled, recommended);
    }

    /** The class's teacher of the subject, or its primary teacher, who teaches it every subject. */
    private static @org.jspecify.annotations.Nullable UUID teacherOf(
            Map<String, UUID> byClass, String subject, String classKey) {
        UUID t = byClass.get(subject + "|" + classKey);
        return t != null ? t : byClass.get(Staffing.PRIMARY + "|" + classKey);
    }

    /** The teacher of each class of the school year, by «subject|class». */
    private Map<String, UUID> teachersByClass(OrgPath school, int schoolYear) {
        var result = new HashMap<String, UUID>();
        sources.staffing()
                .classes(Scope.of(school), schoolYear)
                .getOrDefault(school.unitId(), List.of())
                .forEach(c -> result.put(c.subject() + "|" + c.classKey(), c.teacherId()));
        return result;
    }

    /** The grade a class label starts with: «10Б» is in grade 10; 0 when it starts with no number. */
    static int grade(String classKey) {
        int i = 0;
        while (i < classKey.length() && Character.isDigit(classKey.charAt(i))) i++;
        return i == 0 || i > 2 ? 0 : Integer.parseInt(classKey.substring(0, i));
    }

    private static Map<String, SkillLine> byKey(List<SkillLine> lines) {
        var result = new HashMap<String, SkillLine>();
        lines.forEach(l -> result.put(key(l), l));
        return result;
    }

    private static String key(SkillLine l) {
        return l.subjectCode() + "|" + l.skillCode();
    }
}
