package ru.opora.planning;

import java.util.UUID;

/** A school submitted a version of a document for review. */
public record DocumentSubmitted(
        UUID documentId, UUID schoolId, String schoolPath, String title, String type, int version, String actor) {}
