package ru.opora.assessments.analysis;

import java.util.List;
import ru.opora.assessments.results.ResultAggregate;

/**
 * A school's analysis for one assessment, as the page and the API give it: its aggregate beside
 * its municipality's and region's, the task lines, the years of the series, and its classes (empty
 * unless the reader is the school's own staff) with their teachers by class label.
 */
public record SchoolAnalysis(
        ResultAggregate school,
        ResultAggregate municipality,
        ResultAggregate region,
        List<TaskLine> tasks,
        List<Measures> dynamics,
        List<Measures> classes,
        java.util.Map<String, String> teachers) {

    /** The teacher of a class, or an empty text when none is known. */
    public String teacher(String classLabel) {
        return teachers.getOrDefault(ru.opora.assessments.ClassTeachers.classKey(classLabel), "");
    }
}
