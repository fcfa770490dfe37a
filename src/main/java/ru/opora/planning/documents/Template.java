package ru.opora.planning.documents;

import java.util.List;

/**
 * What a document type is made of: its text sections and whether it needs tasks, measures and
 * indicators. The structures of §7.1–7.2 are unverified [U], so templates are settings, not code.
 */
public record Template(
        DocumentType type,
        List<String> sections,
        boolean tasks,
        boolean measures,
        boolean indicators,
        boolean targets) {

    public Template {
        sections = List.copyOf(sections);
    }

    /** A template whose measures do not name target schools. */
    public Template(DocumentType type, List<String> sections, boolean tasks, boolean measures, boolean indicators) {
        this(type, sections, tasks, measures, indicators, false);
    }
}
