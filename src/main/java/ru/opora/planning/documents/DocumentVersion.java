package ru.opora.planning.documents;

import java.time.Instant;

/** A submitted version of a document: immutable, numbered from 1. */
public record DocumentVersion(int number, Content content, String submittedBy, Instant submittedAt) {}
