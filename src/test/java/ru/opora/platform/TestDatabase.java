package ru.opora.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;

/**
 * The tests' embedded PostgreSQL for contexts that leave the platform module out (module tests):
 * a pool on the database the test configuration names, in the JVM's shared test cluster. Closing
 * the pool releases the cluster, as the platform's own bean does when a context closes.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static DataSource open(Environment environment) {
        var properties = new EmbeddedDatabaseProperties(
                Path.of("data"), false, 0, environment.getProperty("opora.embedded-db.database", "opora_test"), null);
        var server = EmbeddedPostgresServer.start(properties);
        String database = Objects.requireNonNull(properties.database());
        server.createDatabase(database);
        var dataSource = new Releasing(server);
        dataSource.setJdbcUrl(server.postgres().getJdbcUrl("postgres", database));
        dataSource.setUsername("postgres");
        dataSource.setPassword(server.password());
        dataSource.setPoolName("opora-module-test");
        dataSource.setMaximumPoolSize(5);
        return dataSource;
    }

    /** A pool that lets go of the shared cluster when it closes. */
    private static final class Releasing extends HikariDataSource {

        private final EmbeddedPostgresServer server;

        Releasing(EmbeddedPostgresServer server) {
            this.server = server;
        }

        @Override
        public void close() {
            super.close();
            server.destroy();
        }
    }
}
