package ru.opora.identification.engine;

/** A school's ОГЭ or ЕГЭ result in one subject and year. */
public record GiaResult(String exam, String subjectCode, int participants, int belowMinimum, double meanScore) {

    double belowMinimumShare() {
        return 100.0 * belowMinimum / participants;
    }
}
