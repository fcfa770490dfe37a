package ru.opora.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a PostgreSQL started inside the JVM's process tree. It exists only while
 * {@code spring.datasource.url} is empty, so that {@code SPRING_DATASOURCE_URL} switches Opora to an
 * external server without a code change.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
        EmbeddedPostgres postgres = server.postgres();
        String database = java.util.Objects.requireNonNull(properties.database());
        server.createDatabase(database);
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", database));
        dataSource.setUsername("postgres");
        dataSource.setPassword(server.password());
        dataSource.setPoolName("opora-embedded");
        dataSource.setMaximumPoolSize(10);
        // a read-only connection is read-only outside transactions too (GetsNeverWrite)
        dataSource.addDataSourceProperty("readOnlyMode", "always");
        return dataSource;
    }
}
