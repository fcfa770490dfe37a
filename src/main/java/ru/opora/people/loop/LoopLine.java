package ru.opora.people.loop;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.assessments.SkillRates.LowTask;
import ru.opora.assessments.SkillRates.Rate;
import ru.opora.people.courses.CourseCatalogue;
import ru.opora.people.diagnostics.Deficits;

/**
 * One weak skill of a school followed through the loop: the tasks that fell low in the ВПР of a
 * year, the teachers of the classes that wrote them, what their diagnostics found in that skill,
 * the courses that address it, and the skill's solve rate at the next ВПР — at the school, in those
 * teachers' classes and in the region — before and after.
 */
record LoopLine(
        String subject,
        String skillCode,
        String skill,
        List<LowTask> lowTasks,
        Rate schoolBefore,
        Rate schoolAfter,
        Rate regionBefore,
        Rate regionAfter,
        Rate classesBefore,
        Rate classesAfter,
        List<LoopTeacher> teachers,
        Outcome outcome) {

    /** How the school's change in the skill compares with the region's. */
    enum Outcome {
        BETTER,
        SAME,
        WORSE,
        NO_NEXT_VPR
    }

    /**
     * A teacher of the classes that wrote the weak tasks.
     *
     * @param diagnosis the teacher's result in this skill in their latest diagnostic before the next ВПР
     * @param completed courses addressing the skill finished before the next ВПР
     * @param enrolled courses addressing the skill begun and not finished by then
     * @param recommended the region's courses addressing the skill the teacher has not taken
     */
    record LoopTeacher(
            UUID id,
            String name,
            List<String> classesBefore,
            List<String> classesAfter,
            Deficits.@Nullable SkillResult diagnosis,
            List<CourseCatalogue.Taken> completed,
            List<CourseCatalogue.Taken> enrolled,
            List<CourseCatalogue.Course> recommended) {

        public boolean trained() {
            return !completed.isEmpty();
        }
    }

    /** The school's change in percentage points, or null without the next ВПР. */
    public @Nullable Double schoolChange() {
        return change(schoolBefore, schoolAfter);
    }

    public @Nullable Double regionChange() {
        return change(regionBefore, regionAfter);
    }

    public @Nullable Double classesChange() {
        return change(classesBefore, classesAfter);
    }

    /** The school's change less the region's: what the school gained beyond the region's drift. */
    public @Nullable Double beyondRegion() {
        Double school = schoolChange();
        Double region = regionChange();
        return school == null || region == null ? null : school - region;
    }

    static @Nullable Double change(Rate before, Rate after) {
        Double b = before.percent();
        Double a = after.percent();
        return a == null || b == null ? null : a - b;
    }
}
