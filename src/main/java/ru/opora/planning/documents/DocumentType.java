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
    MUNICIPAL_ROADMAP,
    /**
     * Программа работы с категорией обучающихся группы риска (issue #19): one per category, written
     * when the school chooses to; not one of the documents every ШНОР must have.
     */
    PUPIL_PROGRAM;

    /** The categories of pupils at risk a programme is written for, as the pupils' lists name them. */
    public static final java.util.List<String> PUPIL_CATEGORIES =
            java.util.List.of("LOW_ACHIEVER", "ABSENTEE", "OVZ", "SOCIAL_RISK");

    /** Documents of one subject among several of a type: an anti-risk programme's risk, a pupils' programme's category. */
    public boolean keyed() {
        return this == ANTIRISK_PROGRAM || this == PUPIL_PROGRAM;
    }

    /** Documents of a municipality rather than of a school. */
    public boolean municipal() {
        return this == MUNICIPAL_ROADMAP;
    }
}
