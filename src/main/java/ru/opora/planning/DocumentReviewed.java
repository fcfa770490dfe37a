package ru.opora.planning;

import java.util.UUID;

/** An expert completed the review of a document's version with a verdict (ACCEPTED, ACCEPTED_WITH_REMARKS, RETURNED_FOR_REVISION). */
public record DocumentReviewed(
        UUID documentId, UUID schoolId, String schoolPath, String title, int version, String verdict, String expert) {}
