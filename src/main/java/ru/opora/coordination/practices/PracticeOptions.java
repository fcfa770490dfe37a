package ru.opora.coordination.practices;

import java.util.Arrays;
import java.util.List;

/** The levels of the practice form and search, by name, for the templates. */
public final class PracticeOptions {

    public static final List<String> LEVELS =
            Arrays.stream(Practice.Level.values()).map(Enum::name).toList();

    private PracticeOptions() {}
}
