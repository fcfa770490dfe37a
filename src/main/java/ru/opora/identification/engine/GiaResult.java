package ru.opora.identification.engine;

/** A school's ОГЭ or ЕГЭ result in one subject and year; {@code title} is how a reviewer reads it («ОГЭ · Математика»). */
public record GiaResult(
        String exam, String subjectCode, int participants, int belowMinimum, double meanScore, String title) {

    public GiaResult(String exam, String subjectCode, int participants, int belowMinimum, double meanScore) {
        this(exam, subjectCode, participants, belowMinimum, meanScore, exam + " · " + subjectCode);
    }

    double belowMinimumShare() {
        return 100.0 * belowMinimum / participants;
    }
}
