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
 * Slows down password guessing: after {@code maxFailures} failed sign-ins of one account within
 * {@code window}, the account cannot sign in until the window has passed. Failures are kept in the
 * database, so the limit holds across every Opora node.
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

    boolean blocked(String username) {
        long failures = jdbc.sql(
                        "select count(*) from identity.sign_in_failure where lower(username) = lower(?) and failed_at > ?")
                .param(username)
                .param(windowStart())
                .query(Long.class)
                .single();
        return failures >= maxFailures;
    }

    void recordFailure(String username) {
        jdbc.sql("delete from identity.sign_in_failure where failed_at < ?")
                .param(windowStart())
                .update();
        jdbc.sql("insert into identity.sign_in_failure (username, failed_at) values (?, ?)")
                .param(username)
                .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    void clear(String username) {
        jdbc.sql("delete from identity.sign_in_failure where lower(username) = lower(?)")
                .param(username)
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
