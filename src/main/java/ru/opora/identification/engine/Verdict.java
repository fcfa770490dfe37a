package ru.opora.identification.engine;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Why a school is, or is not, a candidate: every number the rule looked at, with the thresholds,
 * so that the page can explain it in plain words and anyone can check it.
 *
 * @param years the run's year first, then the earlier years of the window
 * @param oge the share below the minimum in the counted ОГЭ subjects, null without ОГЭ
 * @param ege the same for ЕГЭ
 */
public record Verdict(
        UUID schoolId,
        Outcome outcome,
        @Nullable Basis basis,
        List<YearMeasure> years,
        @Nullable GiaMeasure oge,
        @Nullable GiaMeasure ege,
        List<Flag> flags,
        boolean adverse) {

    /** Where the school ends up. */
    public enum Outcome {
        CANDIDATE,
        NOT_LOW,
        TOO_FEW,
        /** Low, but its results were confirmed non-objective: listed separately for control. */
        NON_OBJECTIVE,
        /** A correctional school or one mostly of pupils with ОВЗ, judged apart under the region's rules. */
        SPECIAL
    }

    /** Which branch of the rule made it a candidate. */
    public enum Basis {
        LOW_VPR_YEARS,
        LOW_VPR_AND_GIA,
        /** Low in ОГЭ/ЕГЭ alone, when the region's rules count the state exams on their own (OR). */
        LOW_GIA
    }

    /** The share of «2» in a year's counted ВПР, against that year's threshold. */
    public record YearMeasure(int year, int participants, double share2, double threshold, boolean low) {}

    /** The share below the minimum in ОГЭ or ЕГЭ, against the threshold. */
    public record GiaMeasure(int participants, double belowShare, double threshold, boolean low) {}

    public boolean lowInVpr() {
        return !years.isEmpty() && years.getFirst().low();
    }

    public boolean lowInGia() {
        return (oge != null && oge.low()) || (ege != null && ege.low());
    }
}
