package ru.opora.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in for the pages and the API alike, refused while the account is throttled. The
 * principal it returns carries no password hash.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails()
                        instanceof org.springframework.security.web.authentication.WebAuthenticationDetails web
                ? String.valueOf(web.getRemoteAddress())
                : "";
        var wait = throttle.waitFor(username, address);
        if (!wait.isZero()) throw new SignInThrottled(Math.max(1, (wait.getSeconds() + 59) / 60));
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.clear(username, address);
            var user = ((SignedInUser) java.util.Objects.requireNonNull(result.getPrincipal())).withoutPassword();
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed sign-ins in a row; the page says for how long. */
    static final class SignInThrottled extends LockedException {
        final long minutes;

        SignInThrottled(long minutes) {
            super("throttled for " + minutes + " min");
            this.minutes = minutes;
        }
    }
}
