package ru.opora.risk.engine;

import java.util.Locale;

/** The four context questionnaires (docs/domain.md §4.3); each item code starts with the kind's letter. */
public enum QuestionnaireKind {
    DIRECTOR,
    TEACHER,
    STUDENT,
    PARENT;

    /** The prefix of the kind's item codes: D_, T_, S_, P_. */
    public String prefix() {
        return name().charAt(0) + "_";
    }

    /** The variable holding the kind's response rate, in per cent: {@code teacher_rate}. */
    public String rateVariable() {
        return name().toLowerCase(Locale.ROOT) + "_rate";
    }
}
