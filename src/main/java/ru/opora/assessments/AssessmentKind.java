package ru.opora.assessments;

/** ВПР, ОГЭ, ЕГЭ or a regional diagnostic work. */
public enum AssessmentKind {
    VPR,
    OGE,
    EGE,
    REGIONAL;

    public String messageKey() {
        return "assessment.kind." + name();
    }
}
