package ru.opora.risk.profiles;

import java.util.Optional;
import ru.opora.risk.engine.AnswerType;
import ru.opora.risk.engine.Item;
import ru.opora.shared.Formats;
import ru.opora.shared.importing.Row;

/**
 * An answer to a questionnaire item, checked the same way in a file and in the director's form: a
 * number within the item's range (a scale's points whole), a known option, known options.
 */
final class AnswerCheck {

    /** What is wrong with an answer, coded like a file's cell problem. */
    record Problem(String code, String value, String detail) {}

    private AnswerCheck() {}

    static Optional<Problem> of(Item item, String value) {
        return switch (item.answerType()) {
            case NUMBER, SCALE -> number(item, value);
            case SINGLE -> item.hasOption(value) ? Optional.empty() : Optional.of(option(item, value));
            case MULTI -> {
                for (String o : value.split("\\|"))
                    if (!item.hasOption(o.strip())) yield Optional.of(option(item, o.strip()));
                yield Optional.empty();
            }
            case TEXT -> Optional.empty();
        };
    }

    private static Optional<Problem> number(Item item, String value) {
        var v = Row.parseDecimal(value);
        String range = Formats.plain(item.min()) + " до " + Formats.plain(item.max());
        boolean whole = item.answerType() == AnswerType.SCALE;
        if (v == null
                || v.doubleValue() < item.min()
                || v.doubleValue() > item.max()
                || (whole && v.stripTrailingZeros().scale() > 0))
            return Optional.of(new Problem(whole ? "CELL-E002" : "CELL-E003", value, range));
        return Optional.empty();
    }

    private static Problem option(Item item, String value) {
        return new Problem(
                "RSK-E003",
                value,
                String.join(", ", item.options().stream().map(Item.Option::code).toList()));
    }
}
