package ru.opora.planning;

import java.util.UUID;

/** The region assigned an expert to review a document's version. */
public record ExpertAssigned(UUID documentId, String documentTitle, String expert, java.time.LocalDate due) {}
