package ru.opora.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a password a person chooses must be: long enough, not the login or built on it, not one
 * character repeated, and none of the passwords everyone tries first — the demo's among them, which
 * the README prints. Generated one-time passwords are not checked: they are random and replaced.
 */
@Component
class PasswordPolicy {

    /** Known and leaked passwords (lower case); the demo's is printed in the README. */
    private static final Set<String> KNOWN = Set.of(
            "demo2026",
            "test-password-2026",
            "password",
            "password1",
            "password123",
            "qwerty",
            "qwerty123",
            "qwertyuiop",
            "123456",
            "12345678",
            "123456789",
            "1234567890",
            "1q2w3e4r",
            "1q2w3e4r5t",
            "11111111",
            "00000000",
            "iloveyou",
            "admin",
            "admin123",
            "administrator",
            "opora",
            "opora2026",
            "пароль",
            "пароль123",
            "йцукенгшщз");

    private final int minLength;

    PasswordPolicy(@Value("${opora.password.min-length:10}") int minLength) {
        this.minLength = minLength;
    }

    /** The message keys of what is wrong with the password; empty when it will do. */
    List<String> problems(String password, String username) {
        var problems = new ArrayList<String>();
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.length() < minLength) problems.add("password.error.short");
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT)))
            problems.add("password.error.login");
        if (KNOWN.contains(lower)) problems.add("password.error.known");
        if (!password.isEmpty() && password.chars().distinct().count() < 4) problems.add("password.error.simple");
        return problems;
    }

    int minLength() {
        return minLength;
    }
}
