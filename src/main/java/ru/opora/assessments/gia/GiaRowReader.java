package ru.opora.assessments.gia;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.SchoolsByCode;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.Row;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.importing.UniqueKeys;

/**
 * Reads one row of an ОГЭ/ЕГЭ aggregate file: «Экзамен; Год; Код предмета; Предмет; Код ОО;
 * Участников; Не преодолели минимум; Средний балл; «2»; «3»; «4»; «5»» (the marks for ОГЭ only),
 * one row per school and subject.
 */
final class GiaRowReader implements TabularImport.RowReader<GiaRow> {

    static final Column EXAM = Column.required("Экзамен");
    static final Column YEAR = Column.required("Год");
    static final Column SUBJECT_CODE = Column.required("Код предмета");
    static final Column SUBJECT = Column.required("Предмет");
    static final Column SCHOOL = Column.required("Код ОО");
    static final Column PARTICIPANTS = Column.required("Участников", "Число участников");
    static final Column BELOW_MINIMUM = Column.required("Не преодолели минимум");
    static final Column MEAN = Column.required("Средний балл");
    static final List<Column> MARKS = List.of(
            Column.optional("«2»", "2"),
            Column.optional("«3»", "3"),
            Column.optional("«4»", "4"),
            Column.optional("«5»", "5"));
    static final List<Column> COLUMNS = List.of(
            EXAM,
            YEAR,
            SUBJECT_CODE,
            SUBJECT,
            SCHOOL,
            PARTICIPANTS,
            BELOW_MINIMUM,
            MEAN,
            MARKS.get(0),
            MARKS.get(1),
            MARKS.get(2),
            MARKS.get(3));

    private final SchoolsByCode schools;
    private final UniqueKeys seen = new UniqueKeys("GIA-E004");

    GiaRowReader(SchoolsByCode schools) {
        this.schools = schools;
    }

    @Override
    public @Nullable GiaRow read(Row row) {
        String exam = row.choice(EXAM, GiaRowReader::exam, "GIA-E001", "");
        Integer year = row.integer(YEAR, 2000, 2100);
        String subjectCode = row.required(SUBJECT_CODE);
        String subjectName = row.required(SUBJECT);
        OrgUnitRef school = row.reference(SCHOOL, schools);
        Integer participants = row.integer(PARTICIPANTS, 1, 100_000);
        Integer below = participants == null ? null : row.integer(BELOW_MINIMUM, 0, participants);
        BigDecimal mean = row.decimal(MEAN, BigDecimal.ZERO, BigDecimal.valueOf(100));
        int[] marks = "OGE".equals(exam) && participants != null ? marks(row, participants) : null;
        seen.add(row, SCHOOL, exam + "|" + year + "|" + subjectCode + "|" + row.text(SCHOOL));
        // ОГЭ ends basic education (grade 9), ЕГЭ secondary (grade 11): a school without the level has no such exam
        if (school != null && exam != null) {
            var levels = schools.levels(school.id());
            if (!levels.teachesGrade("OGE".equals(exam) ? 9 : 11))
                row.problem(
                        "GIA-E005",
                        SCHOOL,
                        row.text(SCHOOL),
                        ("OGE".equals(exam) ? "ОГЭ" : "ЕГЭ") + " (" + levels.names() + ")");
        }
        if (!row.ok() || school == null || exam == null || year == null || participants == null || below == null)
            return null;
        return new GiaRow(
                exam,
                year,
                subjectCode,
                subjectName,
                school.id(),
                school.path(),
                participants,
                below,
                java.util.Objects.requireNonNull(mean),
                marks);
    }

    /** The counts of «2»…«5», when the file gives them; they must add up to the participants. */
    private static int @Nullable [] marks(Row row, int participants) {
        if (MARKS.stream().allMatch(m -> row.text(m).isEmpty())) return null;
        int[] marks = new int[4];
        for (int m = 0; m < 4; m++) {
            Integer n = row.integer(MARKS.get(m), 0, participants);
            marks[m] = n == null ? 0 : n;
        }
        if (row.ok() && java.util.Arrays.stream(marks).sum() != participants)
            row.problem("GIA-E003", MARKS.getFirst(), row.text(MARKS.getFirst()), "");
        return marks;
    }

    static Optional<String> exam(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "ОГЭ", "OGE" -> Optional.of("OGE");
            case "ЕГЭ", "EGE" -> Optional.of("EGE");
            default -> Optional.empty();
        };
    }
}
