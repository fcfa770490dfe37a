package ru.opora.assessments.gia;

/**
 * A school's result in one ОГЭ or ЕГЭ subject and year, beside its region's: the line shown next
 * to the school's ВПР results, where it confirms or contradicts them.
 */
public record SchoolGia(
        String exam,
        int year,
        String subjectCode,
        String subjectName,
        int participants,
        double belowMinimumShare,
        double meanScore,
        double regionBelowMinimumShare,
        double regionMeanScore) {

    /** Whether this line is the same subject as a ВПР (the catalogue's subject code). */
    public boolean sameSubject(String vprSubjectCode) {
        return subjectCode.equalsIgnoreCase(vprSubjectCode);
    }
}
