package ru.opora.assessments;

/** ВПР, ОГЭ, ЕГЭ or a regional diagnostic work. */
public enum AssessmentKind {
    VPR("ВПР"),
    OGE("ОГЭ"),
    EGE("ЕГЭ"),
    REGIONAL("РДР");

    private final String abbreviation;

    AssessmentKind(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /** The official Russian abbreviation, as it appears in titles and files. */
    public String abbreviation() {
        return abbreviation;
    }

    public String messageKey() {
        return "assessment.kind." + name();
    }
}
