package ru.opora.coordination;

import java.util.concurrent.locks.LockSupport;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The notifications a test waits for: they are written after the transaction that caused them commits. */
public final class TestNotifications {

    private TestNotifications() {}

    /** How many notifications of the recipient match the pattern, once there is one (or after five seconds, none). */
    public static int count(JdbcClient jdbc, String recipient, String like) {
        for (int i = 0; i < 100; i++) {
            int n = jdbc.sql("select count(*) from coordination.notification where recipient = ? and text like ?")
                    .params(recipient, like)
                    .query(Integer.class)
                    .single();
            if (n > 0) return n;
            LockSupport.parkNanos(50_000_000);
        }
        return 0;
    }
}
