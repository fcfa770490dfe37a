package ru.opora.planning;

import java.util.UUID;
import ru.opora.orgunits.OrgPath;

/** An expert completed the review of a document's version with a verdict (ACCEPTED, ACCEPTED_WITH_REMARKS, RETURNED_FOR_REVISION). */
public record DocumentReviewed(
        UUID documentId, UUID schoolId, OrgPath schoolPath, String title, int version, String verdict, String expert) {}
