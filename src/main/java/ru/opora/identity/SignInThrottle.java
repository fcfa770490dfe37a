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
 * Slows down password guessing with growing delays: after {@code maxFailures} failed sign-ins of
 * one account from one client address within {@code window}, that address waits {@code firstDelay}
 * after its last failure, twice as long after the next failure, and so on up to the window. Counting
 * per address keeps an attacker from locking the owner out (issue #15, M3). Failures are kept in
 * the database, so the limit holds across every Opora node.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration firstDelay;

    SignInThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${opora.sign-in.max-failures}") int maxFailures,
            @Value("${opora.sign-in.window}") Duration window,
            @Value("${opora.sign-in.first-delay}") Duration firstDelay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.firstDelay = firstDelay;
    }

    boolean blocked(String username, String address) {
        return !waitFor(username, address).isZero();
    }

    /** How long the address must still wait before it may try the account again; zero when it may. */
    Duration waitFor(String username, String address) {
        record Failures(
                long count,
                @org.jspecify.annotations.Nullable OffsetDateTime last) {}
        var failures = jdbc.sql("""
                        select count(*), max(failed_at) from identity.sign_in_failure
                        where lower(username) = lower(?) and address = ? and failed_at > ?""")
                .param(username)
                .param(address)
                .param(windowStart())
                .query((rs, n) -> new Failures(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)))
                .single();
        if (failures.count() < maxFailures || failures.last() == null) return Duration.ZERO;
        long doublings = Math.min(20, failures.count() - maxFailures);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        if (delay.compareTo(window) > 0) delay = window;
        Duration left =
                Duration.between(clock.instant(), failures.last().toInstant().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
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

    private OffsetDateTime windowStart() {
        Instant start = clock.instant().minus(window);
        return OffsetDateTime.ofInstant(start, ZoneOffset.UTC);
    }
}
