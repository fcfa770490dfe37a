package ru.opora.shared.importing;

import java.util.Optional;

/**
 * Something a file refers to by a code, looked up among what the importing user may write to (the
 * schools of a scope, the factors of a catalogue); loaded once per file, never once per row.
 *
 * @param <T> what the code names
 */
public interface Reference<T> {

    Optional<T> find(String code);

    /** The problem's code when the file names something unknown: its message says what was looked for. */
    String unknownCode();
}
