package ru.opora.orgunits;

/** The three levels of the register. */
public enum OrgUnitKind {
    REGION,
    MUNICIPALITY,
    SCHOOL
}
