package ru.opora.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Guessing from one address slows that address down, never the owner signing in from elsewhere: five
 * wrong passwords for any login (the service account's, say) no longer lock the account (#15, M3).
 */
@SpringBootTest
class SignInThrottleIntegrationTests {

    @Autowired
    SignInThrottle throttle;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A clock the test moves. */
    static final class MovingClock extends java.time.Clock {
        java.time.Instant now = java.time.Instant.parse("2026-11-30T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }

        void advance(java.time.Duration by) {
            now = now.plus(by);
        }
    }

    @Test
    void theWaitDoublesWithEveryFailureAfterTheFreeOnesUpToTheWindow() {
        var clock = new MovingClock();
        var throttle =
                new SignInThrottle(jdbc, clock, 5, java.time.Duration.ofMinutes(15), java.time.Duration.ofSeconds(30));
        String login = "growing-" + System.nanoTime();
        String address = "203.0.113.77";
        for (int i = 0; i < 4; i++) throttle.recordFailure(login, address);
        assertThat(throttle.waitFor(login, address))
                .as("four failures are free")
                .isZero();
        throttle.recordFailure(login, address);
        assertThat(throttle.waitFor(login, address)).hasSeconds(30);
        clock.advance(java.time.Duration.ofSeconds(31));
        assertThat(throttle.blocked(login, address))
                .as("the first wait is over")
                .isFalse();
        throttle.recordFailure(login, address);
        assertThat(throttle.waitFor(login, address)).as("the sixth failure").hasSeconds(60);
        clock.advance(java.time.Duration.ofSeconds(61));
        throttle.recordFailure(login, address);
        assertThat(throttle.waitFor(login, address)).as("the seventh").hasSeconds(120);
        for (int i = 0; i < 6; i++) throttle.recordFailure(login, address);
        assertThat(throttle.waitFor(login, address))
                .as("never longer than the window")
                .hasMinutes(15);
        assertThat(throttle.waitFor(login, "198.51.100.20"))
                .as("the owner elsewhere")
                .isZero();
    }

    @Test
    void failuresFromOneAddressDoNotLockTheOwnerOut() {
        String login = "throttle-" + System.nanoTime();
        for (int i = 0; i < 5; i++) throttle.recordFailure(login, "203.0.113.9");
        assertThat(throttle.blocked(login, "203.0.113.9"))
                .as("the guessing address")
                .isTrue();
        assertThat(throttle.blocked(login.toUpperCase(java.util.Locale.ROOT), "203.0.113.9"))
                .as("whatever the login's case")
                .isTrue();
        assertThat(throttle.blocked(login, "198.51.100.20"))
                .as("the owner elsewhere")
                .isFalse();

        throttle.clear(login, "198.51.100.20");
        assertThat(throttle.blocked(login, "203.0.113.9"))
                .as("the owner's sign-in does not forgive the guesser")
                .isTrue();
    }
}
