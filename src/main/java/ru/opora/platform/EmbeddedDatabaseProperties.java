package ru.opora.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded PostgreSQL keeps its data.
 *
 * @param dataDirectory the cluster's directory; kept between runs when {@code persistent}
 * @param persistent false for tests: a throw-away cluster per JVM with fsync off
 * @param port 0 picks a free port
 */
@ConfigurationProperties("opora.embedded-db")
record EmbeddedDatabaseProperties(Path dataDirectory, boolean persistent, int port) {

    EmbeddedDatabaseProperties {
        if (dataDirectory == null) dataDirectory = Path.of("data", "postgres");
    }
}
