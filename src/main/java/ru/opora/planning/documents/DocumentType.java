package ru.opora.planning.documents;

/** The school's documents of the cycle (docs/domain.md §4.4, §7). */
public enum DocumentType {
    /** Концепция (программы) развития школы, §7.1. */
    CONCEPT,
    /** Среднесрочная программа развития, §7.2. */
    MIDTERM_PROGRAM,
    /** Антирисковая программа, one per chosen risk, §7.3. */
    ANTIRISK_PROGRAM,
    /** Дорожная карта школы, §7.4. */
    ROADMAP,
    /** Муниципальная дорожная карта, §7.4: its measures name the schools they target. */
    MUNICIPAL_ROADMAP;

    /** Documents of a municipality rather than of a school. */
    public boolean municipal() {
        return this == MUNICIPAL_ROADMAP;
    }
}
