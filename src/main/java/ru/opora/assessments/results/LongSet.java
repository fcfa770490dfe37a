package ru.opora.assessments.results;

/**
 * An open-addressing set of longs: duplicate participant codes of a national file are found with
 * 8 bytes per code instead of a String object each.
 */
final class LongSet {

    private long[] slots = new long[1 << 16];
    private boolean hasZero;
    private int size;

    /** Adds the value; false when it was there already. */
    boolean add(long value) {
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

    /** A 64-bit FNV-1a hash of a school and a participant code. */
    static long key(int schoolIndex, String code) {
        long h = 0xcbf29ce484222325L ^ schoolIndex;
        for (int i = 0; i < code.length(); i++) {
            h ^= code.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
