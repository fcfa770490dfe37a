package ru.opora.assessments;

import java.util.Map;
import java.util.UUID;

/**
 * Who teaches a school's classes, for the results pages: the school and its curator see each
 * class's teacher, and a teacher sees only the classes they teach. Answered by the people module;
 * without it no teacher is named and a teacher sees no class.
 *
 * <p>A ВПР of year Y is written in the spring of the school year that began in Y − 1.
 */
public interface ClassTeachers {

    /** The teacher's full name by class label, for the school's classes in a subject and school year. */
    Map<String, String> of(UUID schoolId, int schoolYear, String subjectCode);

    /** Whether the account is the teacher of the class in the subject in that school year. */
    boolean teaches(String username, UUID schoolId, int schoolYear, String subjectCode, String classLabel);

    /** One class, however a file writes it: «5 а», «5А» and «5-а» are one. */
    static String classKey(String label) {
        return label.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s\\-]", "");
    }

    /** The school year a ВПР (or other spring assessment) of {@code year} was written in. */
    static int schoolYearOf(int assessmentYear) {
        return assessmentYear - 1;
    }
}
