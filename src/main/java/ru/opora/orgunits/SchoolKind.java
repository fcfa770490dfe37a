package ru.opora.orgunits;

import java.util.Locale;
import java.util.Optional;

/**
 * The type of a general-education organisation as the register names it. Lyceums, gymnasiums and
 * schools with in-depth study matter to the objectivity analysis: their high results are expected.
 */
public enum SchoolKind {
    SOSH("сош", "средняя общеобразовательная школа"),
    SOSH_IN_DEPTH("сош с уиоп", "школа с углублённым изучением предметов"),
    OOSH("оош", "основная общеобразовательная школа"),
    NOSH("нош", "начальная общеобразовательная школа"),
    GYMNASIUM("гимназия"),
    LYCEUM("лицей"),
    BOARDING("школа-интернат", "интернат"),
    EDUCATION_CENTER("центр образования", "цо"),
    CORRECTIONAL("коррекционная школа", "школа для обучающихся с овз");

    private final String[] spellings;

    SchoolKind(String... spellings) {
        this.spellings = spellings;
    }

    public boolean selective() {
        return this == GYMNASIUM || this == LYCEUM || this == SOSH_IN_DEPTH;
    }

    /** Reads the register's Russian wording (case and "ё" ignored) or the code itself. */
    public static Optional<SchoolKind> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
        for (SchoolKind k : values()) {
            if (k.name().equalsIgnoreCase(t)) return Optional.of(k);
            for (String s : k.spellings) if (s.replace('ё', 'е').equals(t)) return Optional.of(k);
        }
        return Optional.empty();
    }

    public String messageKey() {
        return "school.kind." + name();
    }
}
