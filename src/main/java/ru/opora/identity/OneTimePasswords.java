package ru.opora.identity;

import java.security.SecureRandom;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Random one-time passwords, with their hashes: twelve characters without the ones people confuse
 * (0/O, 1/l/I). Whoever receives one must replace it at the next sign-in.
 */
@Component
class OneTimePasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** The password to hand over, and the hash to store. */
    record Issued(String password, String hash) {}

    private final SecureRandom random = new SecureRandom();
    private final PasswordEncoder encoder;

    OneTimePasswords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    Issued issue() {
        var sb = new StringBuilder();
        for (int i = 0; i < 12; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        String password = sb.toString();
        return new Issued(password, encoder.encode(password));
    }
}
