package ru.opora.identity;

import java.time.Clock;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person changes their own password: the current one proves it is them, the policy judges the new one. */
@Component
class OwnPassword {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    OwnPassword(UserAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Changes the password; returns the message keys of what was wrong (and then changes nothing). */
    @Transactional
    List<String> change(String username, String current, String next, String repeated) {
        var account = accounts.findByUsername(username).orElseThrow();
        if (!encoder.matches(current, account.passwordHash())) return List.of("password.error.current");
        if (!next.equals(repeated)) return List.of("password.error.repeat");
        if (encoder.matches(next, account.passwordHash())) return List.of("password.error.same");
        var problems = policy.problems(next, username);
        if (!problems.isEmpty()) return problems;
        account.changePassword(encoder.encode(next), clock.instant());
        accounts.save(account);
        audit.record(account.change(username, null, "PASSWORD_CHANGE", null));
        return List.of();
    }

    int minLength() {
        return policy.minLength();
    }
}
