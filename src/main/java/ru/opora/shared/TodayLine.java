package ru.opora.shared;

import java.util.List;

/**
 * A line of the start page's «Что нужно сделать»: a message with its arguments, where it is done,
 * and whether it is late. Each module serves its own lines; the shared template reads this shape.
 */
public record TodayLine(String key, List<Object> args, String href, boolean late) {}
