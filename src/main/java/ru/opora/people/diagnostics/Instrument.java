package ru.opora.people.diagnostics;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A diagnostic of teachers' competence as a region runs it: its items, each checking a skill, and
 * the share of a skill's points below which a teacher has a deficit in it (дефицит).
 *
 * @param kind subject competence (предметная) or methodological (методическая)
 * @param deficitBelow a skill scored below this per cent of its points is a deficit
 */
public record Instrument(
        UUID id, String code, String title, String subjectCode, Kind kind, int deficitBelow, List<Item> items) {

    public enum Kind {
        SUBJECT,
        METHODICAL
    }

    /** One item: its number, maximum score and the skill it checks (the ВПР's skill codes where they meet). */
    public record Item(String number, int maxScore, String skillCode, String skill) {}

    Instrument withId(UUID other) {
        return new Instrument(other, code, title, subjectCode, kind, deficitBelow, items);
    }

    public Optional<Item> item(String number) {
        return items.stream()
                .filter(i -> i.number().equalsIgnoreCase(number.strip()))
                .findFirst();
    }

    /** The items' numbers, for a message that lists what the instrument has. */
    public String numbers() {
        return String.join(", ", items.stream().map(Item::number).toList());
    }
}
