package ru.opora.planning.documents;

import java.util.List;

/**
 * Something missing from a plan, found by the {@link PlanChecker}: a code (its message is
 * {@code planning.gap.<code>}), the place it concerns ({@code section:goal}, {@code task:<id>},
 * {@code measure:<id>}, {@code indicator:<id>}, {@code risk:<code>}) and the message's arguments.
 */
public record Gap(String code, String anchor, List<String> args) {

    public Gap {
        args = List.copyOf(args);
    }

    public static Gap of(String code, String anchor, String... args) {
        return new Gap(code, anchor, List.of(args));
    }
}
