package ru.opora.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;

/**
 * The embedded cluster's superuser password: generated once, kept in a file only its owner reads,
 * and required of every connection by a {@code pg_hba.conf} that Opora writes over the one zonky's
 * initdb left ({@code trust} for every local connection).
 */
final class DatabasePassword {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final String HBA = """
            # Written by Opora at every start: every connection, over the socket or the loopback, gives
            # the generated password (kept in postgres.password beside the data directory).
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private DatabasePassword() {}

    static String generate() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 32; i++) password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return password.toString();
    }

    /** The password in the file, or a new one written there readable by its owner only. */
    static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!password.isEmpty()) return password;
        }
        String password = generate();
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temporary); // a file system without POSIX permissions
        }
        Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return password;
    }

    /**
     * Sets the superuser's password and makes the cluster require it. Run at every start, so that a
     * cluster made before Opora did this, or stopped half-way through it, ends up the same.
     */
    static void require(EmbeddedPostgres postgres, String password) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            // the alphabet has neither quotes nor backslashes
            statement.execute("alter role postgres password '" + password + "'");
            Path hba;
            try (var rs = statement.executeQuery("show hba_file")) {
                rs.next();
                hba = Path.of(rs.getString(1));
            }
            if (!Files.exists(hba)
                    || !Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
                Files.writeString(hba, HBA, StandardCharsets.UTF_8);
                try (var rs = statement.executeQuery("select pg_reload_conf()")) {
                    rs.next();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded PostgreSQL could not be given its password", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
