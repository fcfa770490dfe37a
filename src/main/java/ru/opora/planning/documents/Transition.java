package ru.opora.planning.documents;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of docs/domain.md §8.2, each with the states it may start from. An amendment of an approved
 * document opens a new draft while the approved version stays in force until the new one is approved.
 */
public enum Transition {
    SUBMIT(DocumentStatus.SUBMITTED, DocumentStatus.DRAFT, DocumentStatus.RETURNED),
    ASSIGN_EXPERT(DocumentStatus.UNDER_REVIEW, DocumentStatus.SUBMITTED),
    ACCEPT(DocumentStatus.APPROVED, DocumentStatus.UNDER_REVIEW),
    ACCEPT_WITH_REMARKS(DocumentStatus.APPROVED, DocumentStatus.UNDER_REVIEW),
    RETURN(DocumentStatus.RETURNED, DocumentStatus.UNDER_REVIEW),
    START(DocumentStatus.IN_IMPLEMENTATION, DocumentStatus.APPROVED),
    COMPLETE(DocumentStatus.COMPLETED, DocumentStatus.IN_IMPLEMENTATION),
    ARCHIVE(DocumentStatus.ARCHIVED, DocumentStatus.COMPLETED),
    AMEND(DocumentStatus.DRAFT, DocumentStatus.APPROVED, DocumentStatus.IN_IMPLEMENTATION);

    private final DocumentStatus to;
    private final Set<DocumentStatus> from;

    Transition(DocumentStatus to, DocumentStatus first, DocumentStatus... rest) {
        this.to = to;
        this.from = EnumSet.of(first, rest);
    }

    public DocumentStatus to() {
        return to;
    }

    public boolean allowedFrom(DocumentStatus status) {
        return from.contains(status);
    }
}
