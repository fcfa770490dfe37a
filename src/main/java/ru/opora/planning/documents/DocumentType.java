package ru.opora.planning.documents;

/** The school's documents of the cycle (domain.md §4.4, §7). */
public enum DocumentType {
    /** Концепция (программы) развития школы, §7.1. */
    CONCEPT,
    /** Среднесрочная программа развития, §7.2. */
    MIDTERM_PROGRAM,
    /** Антирисковая программа, one per chosen risk, §7.3. */
    ANTIRISK_PROGRAM,
    /** Дорожная карта школы, §7.4. */
    ROADMAP
}
