package ru.opora.assessments.gia;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.OrgPath;

/**
 * One school's result in one ОГЭ or ЕГЭ subject in one year, as the region receives it.
 *
 * @param marks counts of «2»…«5» (ОГЭ only)
 */
public record GiaRow(
        String exam,
        int year,
        String subjectCode,
        String subjectName,
        UUID schoolId,
        OrgPath schoolPath,
        int participants,
        int belowMinimum,
        BigDecimal meanScore,
        int @Nullable [] marks) {

    public double belowMinimumShare() {
        return 100.0 * belowMinimum / participants;
    }
}
