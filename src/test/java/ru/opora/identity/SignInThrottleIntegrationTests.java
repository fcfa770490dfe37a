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
