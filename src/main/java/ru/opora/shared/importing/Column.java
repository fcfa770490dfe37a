package ru.opora.shared.importing;

import java.util.List;
import java.util.Locale;

/**
 * A column an import reads: the header its template writes and the spellings met in real files.
 * Headers match without regard to case, «ё», repeated spaces or a trailing «*» (a template's mark of
 * a required column).
 */
public record Column(String header, boolean required, List<String> aliases) {

    public Column {
        aliases = List.copyOf(aliases);
    }

    public static Column required(String header, String... aliases) {
        return new Column(header, true, List.of(aliases));
    }

    public static Column optional(String header, String... aliases) {
        return new Column(header, false, List.of(aliases));
    }

    public boolean matches(String text) {
        String wanted = normalise(text);
        if (normalise(header).equals(wanted)) return true;
        for (String alias : aliases) if (normalise(alias).equals(wanted)) return true;
        return false;
    }

    /** The header as the template writes it: required columns marked «*». */
    public String templateHeader() {
        return required ? header + "*" : header;
    }

    public static String normalise(String header) {
        return header.strip()
                .replaceAll("\\*+$", "")
                .toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("\\s*,\\s*", ", ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
