package ru.opora.assessments.results;

import java.util.ArrayList;
import java.util.List;

/**
 * The participant codes seen per school, to find a code given twice. One small set per school
 * rather than one for the file: rows come school after school, so the set being probed stays in
 * the processor's cache. At most {@code capacity} codes are kept (16 bytes each); past that the
 * check is left to the database, after the works are written.
 */
final class ParticipantCodes {

    private final List<LongSet> bySchool = new ArrayList<>();
    private final int capacity;
    private int size;
    private boolean full;

    ParticipantCodes(int capacity) {
        this.capacity = capacity;
    }

    /** Adds the code; false when the school had it already (never once full). */
    boolean add(int schoolIndex, String code) {
        if (full) return true;
        if (size >= capacity) {
            full = true;
            bySchool.clear();
            return true;
        }
        while (bySchool.size() <= schoolIndex) bySchool.add(new LongSet(Integer.MAX_VALUE, 64));
        boolean added = bySchool.get(schoolIndex).add(LongSet.key(schoolIndex, code));
        if (added) size++;
        return added;
    }

    boolean full() {
        return full;
    }
}
