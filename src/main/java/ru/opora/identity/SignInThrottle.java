package ru.opora.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins of one account from one
 * client address within {@code window}, that address cannot sign in to the account until the window
 * has passed. Counting per address keeps an attacker from locking the owner out (issue #15, M3).
 * Failures are kept in the database, so the limit holds across every Opora node.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    SignInThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${opora.sign-in.max-failures}") int maxFailures,
            @Value("${opora.sign-in.window}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    boolean blocked(String username, String address) {
        long failures = jdbc.sql("""
                        select count(*) from identity.sign_in_failure
                        where lower(username) = lower(?) and address = ? and failed_at > ?""")
                .param(username)
                .param(address)
                .param(windowStart())
                .query(Long.class)
                .single();
        return failures >= maxFailures;
    }

    void recordFailure(String username, String address) {
        jdbc.sql("delete from identity.sign_in_failure where failed_at < ?")
                .param(windowStart())
                .update();
        jdbc.sql("insert into identity.sign_in_failure (username, address, failed_at) values (?, ?, ?)")
                .param(username)
                .param(address)
                .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    /** A successful sign-in forgets the failures from its address; others' stay counted. */
    void clear(String username, String address) {
        jdbc.sql("delete from identity.sign_in_failure where lower(username) = lower(?) and address = ?")
                .param(username)
                .param(address)
                .update();
    }

    long windowMinutes() {
        return window.toMinutes();
    }

    private OffsetDateTime windowStart() {
        Instant start = clock.instant().minus(window);
        return OffsetDateTime.ofInstant(start, ZoneOffset.UTC);
    }
}
