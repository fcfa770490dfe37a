package ru.opora.planning.documents;

import java.time.Instant;

/** A step of a document's history: the transition, from and to which state, by whom, with what note. */
public record DocumentEvent(String transition, String from, String to, String actor, String note, Instant at) {}
