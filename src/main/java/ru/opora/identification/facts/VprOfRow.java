package ru.opora.identification.facts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import ru.opora.assessments.SchoolResults;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.Row;

/** The ВПР a row names by year, subject code and grade, looked up once per file for each. */
final class VprOfRow {

    static final Column YEAR = Column.required("Год");
    static final Column SUBJECT = Column.required("Код предмета");
    static final Column GRADE = Column.required("Класс");

    private final SchoolResults results;
    private final Map<String, Optional<SchoolResults.AssessmentFacts>> found = new HashMap<>();

    VprOfRow(SchoolResults results) {
        this.results = results;
    }

    /** The ВПР of the row's year, subject and grade; a problem (IDN-E001) when the catalogue has none. */
    SchoolResults.@Nullable AssessmentFacts read(Row row) {
        Integer year = row.integer(YEAR, 2000, 2100);
        String subject = row.required(SUBJECT);
        Integer grade = row.integer(GRADE, 1, 11);
        if (year == null || grade == null || subject.isEmpty()) return null;
        var facts = found.computeIfAbsent(year + "|" + subject + "|" + grade, k -> results.vpr(year, subject, grade));
        if (facts.isEmpty()) row.problem("IDN-E001", SUBJECT, subject + " " + grade, String.valueOf(year));
        return facts.orElse(null);
    }
}
