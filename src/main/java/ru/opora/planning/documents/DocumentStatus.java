package ru.opora.planning.documents;

/** Where a document is in its life (docs/domain.md §8.2). */
public enum DocumentStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    RETURNED,
    APPROVED,
    IN_IMPLEMENTATION,
    COMPLETED,
    ARCHIVED;

    /** Only the school's own working copy is editable: a draft or a returned version. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
