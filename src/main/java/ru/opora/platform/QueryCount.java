package ru.opora.platform;

/**
 * How many SQL statements the current thread has prepared since it last asked: counted by the
 * data source's connection wrapper ({@link OneConnectionAtATime}), read per request by a test that
 * proves no page issues a query per row (issue #22). Counting is one increment of a thread-local
 * array per statement; nothing is kept.
 */
final class QueryCount {

    private static final ThreadLocal<int[]> STATEMENTS = ThreadLocal.withInitial(() -> new int[1]);

    private QueryCount() {}

    static void add() {
        STATEMENTS.get()[0]++;
    }

    /** The statements prepared since the last reset, and a fresh start. */
    static int reset() {
        int[] count = STATEMENTS.get();
        int n = count[0];
        count[0] = 0;
        return n;
    }
}
