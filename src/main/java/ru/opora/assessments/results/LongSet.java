package ru.opora.assessments.results;

/**
 * An open-addressing set of longs: duplicate participant codes of a large file are found with
 * 16 bytes per code instead of a String object each. It holds at most {@code capacity} values, so
 * that the heap stays bounded whatever the file's size; past that it is {@link #full()} and
 * accepts everything, and the caller checks the rest another way.
 */
final class LongSet {

    private final int capacity;
    private long[] slots;
    private boolean hasZero;
    private int size;
    private boolean full;

    LongSet() {
        this(Integer.MAX_VALUE / 4);
    }

    LongSet(int capacity) {
        this(capacity, 1 << 16);
    }

    LongSet(int capacity, int initialSlots) {
        this.capacity = capacity;
        this.slots = new long[Integer.highestOneBit(Math.max(4, initialSlots - 1) * 2)];
    }

    boolean full() {
        return full;
    }

    /** Adds the value; false when it was there already (never once the set is full). */
    boolean add(long value) {
        if (full) return true;
        if (size >= capacity) {
            full = true;
            slots = new long[0];
            return true;
        }
        if (value == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (size * 2 >= slots.length) grow();
        int mask = slots.length - 1;
        int i = (int) mix(value) & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) return false;
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) if (v != 0) add(v);
    }

    private static long mix(long v) {
        v ^= v >>> 33;
        v *= 0xff51afd7ed558ccdL;
        return v ^ (v >>> 33);
    }

    /**
     * A 64-bit key of a school and a participant code: the code's FNV-1a hash, offset by the
     * school's index times the golden ratio and mixed, so that neighbouring schools with
     * neighbouring codes do not collide.
     */
    static long key(int schoolIndex, String code) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < code.length(); i++) {
            h ^= code.charAt(i);
            h *= 0x100000001b3L;
        }
        long k = h + 0x9E3779B97F4A7C15L * (schoolIndex + 1L);
        k = (k ^ (k >>> 30)) * 0xbf58476d1ce4e5b9L;
        k = (k ^ (k >>> 27)) * 0x94d049bb133111ebL;
        return k ^ (k >>> 31);
    }
}
