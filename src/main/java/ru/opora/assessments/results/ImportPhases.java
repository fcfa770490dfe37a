package ru.opora.assessments.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one import's time went, phase by phase, in seconds: logged with the import and printed by
 * the benchmark, so that the slow part of a slow import is read, not guessed. The reading of the
 * file and the writing of its blocks overlap, so the writer's busy time is given beside the reading.
 */
public final class ImportPhases {

    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private long mark = start;

    /** Ends the phase running since the last mark. */
    void end(String phase) {
        long now = System.nanoTime();
        add(phase, now - mark);
        mark = now;
    }

    /** Adds time measured elsewhere (another thread's), without moving the mark. */
    void add(String phase, long nanos) {
        seconds.merge(phase, nanos / 1e9, Double::sum);
    }

    /** Seconds since the import began. */
    double total() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The phases in the order they ran, in seconds. */
    public Map<String, Double> seconds() {
        return Collections.unmodifiableMap(seconds);
    }

    @Override
    public String toString() {
        var text = new StringBuilder();
        seconds.forEach((phase, s) -> text.append(text.isEmpty() ? "" : ", ")
                .append(phase)
                .append(' ')
                .append(String.format(java.util.Locale.ROOT, "%.2f s", s)));
        return text.toString();
    }
}
