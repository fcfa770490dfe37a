package ru.opora.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A key figure of the reader's scope on the start page: the value, its label (a message with
 * arguments), the change since the previous period (a message with arguments, the sign written
 * in), whether that change is for the better, and the page that explains the figure.
 */
public record KeyFigure(
        String value,
        String key,
        List<Object> args,
        @Nullable String changeKey,
        List<Object> changeArgs,
        @Nullable Boolean better,
        String href) {}
