package ru.opora.shared.formula;

/** Why a formula cannot be saved or cannot give a value for a school; its kind names the message. */
public final class FormulaProblem extends RuntimeException {

    /** Each kind has the message {@code risk.formula.<KIND>} with the detail as its argument. */
    public enum Kind {
        EMPTY,
        SYNTAX,
        UNKNOWN_VARIABLE,
        FUNCTION_NOT_ALLOWED,
        DIVISION_BY_ZERO,
        NOT_A_NUMBER,
        /** The school has no data for a variable the formula reads: the indicator is left out. */
        MISSING_DATA
    }

    private final Kind kind;
    private final String detail;

    public FormulaProblem(Kind kind, String detail) {
        super(kind + ": " + detail);
        this.kind = kind;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public String messageKey() {
        return "risk.formula." + kind;
    }
}
