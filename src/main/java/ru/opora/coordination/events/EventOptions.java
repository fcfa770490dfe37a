package ru.opora.coordination.events;

import java.util.Arrays;
import java.util.List;

/** The choices of the event form, for the template: the kinds, periodicities and audiences by name. */
public final class EventOptions {

    public static final List<String> KINDS = names(Event.Kind.values());

    public static final List<String> PERIODICITIES = names(Event.Periodicity.values());

    public static final List<String> AUDIENCES = names(Event.Audience.values());

    private EventOptions() {}

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
