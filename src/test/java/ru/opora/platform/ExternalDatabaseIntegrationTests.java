package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Opora runs on an external PostgreSQL given by SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD (here
 * as the equivalent properties), with no embedded database started: the deployment a region makes,
 * so the demo region is generated there and served as a new installation would serve it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "opora.demo.enabled=true")
@org.springframework.test.annotation.DirtiesContext
class ExternalDatabaseIntegrationTests {

    static final DebianPostgres server = DebianPostgres.start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", server::jdbcUrl);
        registry.add("spring.datasource.username", () -> "opora");
        registry.add("spring.datasource.password", () -> DebianPostgres.PASSWORD);
    }

    /**
     * The server stops after the context, not before: the data source depends on it, so the context
     * (closed right after this class) closes its pools first. Stopped in an {@code @AfterAll}, it left
     * the cached context's pool waiting 30 s for it when the JVM exited.
     */
    @org.springframework.boot.test.context.TestConfiguration
    static class ServerOutlivesTheContext {

        @org.springframework.context.annotation.Bean
        static org.springframework.beans.factory.config.BeanFactoryPostProcessor dataSourceNeedsTheServer() {
            return factory -> factory.getBeanDefinition("dataSource").setDependsOn("debianPostgres");
        }

        @org.springframework.context.annotation.Bean(destroyMethod = "close")
        DebianPostgres debianPostgres() {
            return server;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void migratesAndServesTheDemoRegionFromTheExternalServer() {
        assertThat(jdbc.sql("select current_setting('port')")
                        .query(String.class)
                        .single())
                .isEqualTo(String.valueOf(server.port));
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 15");
        assertThat(context.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
        assertThat(jdbc.sql(
                                "select table_name from information_schema.tables where table_name like 'flyway_schema_history%'")
                        .query(String.class)
                        .list())
                .contains("flyway_schema_history_orgunits", "flyway_schema_history_identity");
        assertThat(jdbc.sql("select count(*) from orgunits.org_unit where kind = 'SCHOOL'")
                        .query(Long.class)
                        .single())
                .isBetween(300L, 400L);
        var page = OporaHttp.signedIn(port, "region", "demo2026").get("/schools");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Найдено школ");
    }
}
