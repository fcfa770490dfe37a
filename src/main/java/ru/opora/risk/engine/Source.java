package ru.opora.risk.engine;

/** Where an indicator's data come from (docs/domain.md §4.3), shown beside its value. */
public enum Source {
    QUESTIONNAIRE,
    STAT,
    VPR,
    GIA,
    MANUAL
}
