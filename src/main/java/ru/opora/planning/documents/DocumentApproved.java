package ru.opora.planning.documents;

/** Inside the module: a version was approved, so its measures become the ones to execute. */
public record DocumentApproved(Document document, int number, String actor) {}
