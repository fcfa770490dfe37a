package ru.opora.planning;

import java.util.UUID;
import ru.opora.orgunits.OrgPath;

/** A school submitted a version of a document for review. */
public record DocumentSubmitted(
        UUID documentId, UUID schoolId, OrgPath schoolPath, String title, String type, int version, String actor) {}
