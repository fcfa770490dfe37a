package ru.opora.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded PostgreSQL keeps its data.
 *
 * @param dataDirectory the cluster's directory; kept between runs when {@code persistent}
 * @param persistent false for tests: a throw-away cluster per JVM with fsync off
 * @param port 0 picks a free port
 * @param database the database Opora uses in the cluster, created when missing (tests keep the demo
 *     region's and their own data apart in two databases of one cluster)
 * @param sharedBuffers PostgreSQL's {@code shared_buffers} (for instance {@code 2GB}); unset keeps
 *     PostgreSQL's default of 128 MB, enough for a region. A country's server wants about a quarter
 *     of its memory (docs/operations.md)
 */
@ConfigurationProperties("opora.embedded-db")
record EmbeddedDatabaseProperties(
        Path dataDirectory,
        boolean persistent,
        int port,
        @org.jspecify.annotations.Nullable String database,
        @org.jspecify.annotations.Nullable String sharedBuffers) {

    EmbeddedDatabaseProperties {
        if (dataDirectory == null) dataDirectory = Path.of("data", "postgres");
        if (database == null || database.isBlank()) database = "postgres";
    }
}
