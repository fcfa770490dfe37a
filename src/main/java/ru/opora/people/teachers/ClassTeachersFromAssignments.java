package ru.opora.people.teachers;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.assessments.ClassTeachers;

/**
 * Answers the results pages from the class assignments. A primary class's teacher («Начальные
 * классы») teaches every subject of the class unless a subject has its own teacher.
 */
@Component
class ClassTeachersFromAssignments implements ClassTeachers {

    static final String PRIMARY = Staffing.PRIMARY;

    private final ClassAssignments assignments;
    private final Teachers teachers;

    ClassTeachersFromAssignments(ClassAssignments assignments, Teachers teachers) {
        this.assignments = assignments;
        this.teachers = teachers;
    }

    @Override
    public Map<String, String> of(UUID schoolId, int schoolYear, String subjectCode) {
        var byClass = new HashMap<String, String>();
        for (var a : assignments.of(schoolId, schoolYear)) {
            if (a.subject().equals(subjectCode)) byClass.put(a.classLabel(), a.teacherName());
            else if (a.subject().equals(PRIMARY)) byClass.putIfAbsent(a.classLabel(), a.teacherName());
        }
        return byClass;
    }

    @Override
    public boolean teaches(String username, UUID schoolId, int schoolYear, String subjectCode, String classLabel) {
        var teacher = teachers.byAccount(username).filter(t -> t.schoolId().equals(schoolId));
        if (teacher.isEmpty()) return false;
        String label = ClassAssignments.normal(classLabel);
        UUID exact = null;
        UUID primary = null;
        for (var a : assignments.of(schoolId, schoolYear)) {
            if (!a.classLabel().equals(label)) continue;
            if (a.subject().equals(subjectCode)) exact = a.teacherId();
            else if (a.subject().equals(PRIMARY)) primary = a.teacherId();
        }
        UUID who = exact != null ? exact : primary;
        return teacher.get().id().equals(who);
    }
}
