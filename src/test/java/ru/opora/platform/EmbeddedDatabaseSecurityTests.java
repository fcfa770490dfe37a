package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded cluster no longer trusts local connections (issue #15, M4): a local process that
 * connects as the superuser without the generated password, or with a wrong one, is refused; the
 * password lives in a file only its owner reads, survives a restart, and the server listens on the
 * loopback only.
 */
class EmbeddedDatabaseSecurityTests {

    @TempDir
    Path data;

    @Test
    void aLocalSuperuserConnectionNeedsTheGeneratedPasswordKeptInAnOwnerOnlyFile() throws Exception {
        var properties = new EmbeddedDatabaseProperties(data.resolve("postgres"), true, 0, "postgres", null);
        var server = EmbeddedPostgresServer.start(properties);
        Path passwordFile = data.resolve("postgres.password");
        String password;
        try {
            int port = server.postgres().getPort();
            password = Files.readString(passwordFile).strip();
            assertThat(password).hasSize(32).isEqualTo(server.password());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");

            assertThatThrownBy(() -> connect(port, null)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(port, "postgres"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            try (var connection = connect(port, password);
                    var rs = connection.createStatement().executeQuery("show listen_addresses")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("localhost");
            }
        } finally {
            server.destroy();
        }

        var again = EmbeddedPostgresServer.start(properties);
        try {
            assertThat(again.password()).isEqualTo(password);
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(password);
            try (var connection = connect(again.postgres().getPort(), password)) {
                assertThat(connection.isValid(5)).isTrue();
            }
            assertThatThrownBy(() -> connect(again.postgres().getPort(), null)).isInstanceOf(SQLException.class);
        } finally {
            again.destroy();
        }
    }

    /** Decision 0035: the planner prices reads by index as for data in memory; shared buffers as configured. */
    @Test
    void plansForDataInMemoryAndTakesTheConfiguredSharedBuffers() throws Exception {
        var server = EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(data.resolve("postgres"), true, 0, "postgres", "64MB"));
        try (var connection = connect(server.postgres().getPort(), server.password());
                var statement = connection.createStatement()) {
            assertThat(setting(statement, "random_page_cost")).isEqualTo("1.1");
            assertThat(setting(statement, "shared_buffers")).isEqualTo("64MB");
        } finally {
            server.destroy();
        }
    }

    private static String setting(java.sql.Statement statement, String name) throws SQLException {
        try (var rs = statement.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static java.sql.Connection connect(int port, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
    }
}
