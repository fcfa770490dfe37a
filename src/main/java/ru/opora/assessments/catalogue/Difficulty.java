package ru.opora.assessments.catalogue;

import java.util.Locale;
import java.util.Optional;

/** A task's level of difficulty as the official description names it. */
public enum Difficulty {
    BASIC,
    ADVANCED,
    HIGH;

    public static Optional<Difficulty> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "б", "базовый", "basic" -> Optional.of(BASIC);
            case "п", "повышенный", "advanced" -> Optional.of(ADVANCED);
            case "в", "высокий", "high" -> Optional.of(HIGH);
            default -> Optional.empty();
        };
    }
}
