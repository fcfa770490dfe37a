package ru.opora.orgunits;

import java.util.Locale;
import java.util.Optional;

/** Urban or rural location (городская / сельская школа). */
public enum Settlement {
    URBAN,
    RURAL;

    public static Optional<Settlement> parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "город", "городская", "городской", "г", "urban" -> Optional.of(URBAN);
            case "село", "сельская", "сельский", "с", "rural" -> Optional.of(RURAL);
            default -> Optional.empty();
        };
    }

    public String messageKey() {
        return "school.settlement." + name();
    }
}
