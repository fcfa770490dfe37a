package ru.opora.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.Opora;

/**
 * The demo region in a database of its own on the country's server, served by a second Opora in
 * the same JVM: the demo and the country answer the same requests one after the other, so that a
 * page's «within 20 % of the demo» compares two answers of the same minute, on the same JIT, the
 * same shared buffers and the same processor speed, never a before and an after a build apart (the
 * machine's speed varies by half from one hour to the next). The database is kept with the
 * country's: it is filled once, from the demo's recording when there is one, else generated.
 */
final class DemoTwin implements AutoCloseable {

    static final String DATABASE = "opora_demo";

    final ConfigurableApplicationContext app;
    final int port;

    private DemoTwin(ConfigurableApplicationContext app, int port) {
        this.app = app;
        this.port = port;
    }

    /** Starts the twin beside the country served by {@code country}; {@code snapshot} may be missing. */
    static DemoTwin start(DataSource country, Path snapshot, Path log) throws SQLException, java.io.IOException {
        var pool = country.unwrap(HikariDataSource.class);
        String database = JdbcClient.create(country)
                .sql("select current_database()")
                .query(String.class)
                .single();
        boolean exists = JdbcClient.create(country)
                        .sql("select count(*) from pg_database where datname = ?")
                        .param(DATABASE)
                        .query(Long.class)
                        .single()
                > 0;
        if (!exists)
            JdbcClient.create(country).sql("create database " + DATABASE).update();
        int port;
        try (var s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        var app = SpringApplication.run(
                Opora.class,
                "--server.port=" + port,
                "--spring.datasource.url=" + pool.getJdbcUrl().replace("/" + database, "/" + DATABASE),
                "--spring.datasource.username=" + pool.getUsername(),
                "--spring.datasource.password=" + pool.getPassword(),
                "--opora.demo.enabled=true",
                "--opora.demo.results=true",
                "--opora.demo.snapshot=" + snapshot.toAbsolutePath(),
                // the recording is as old as the country it was made with
                "--opora.demo.snapshot-max-age=P3650D",
                "--logging.level.root=WARN",
                "--logging.level.ru.opora=WARN",
                "--spring.main.banner-mode=off",
                "--logging.file.name=" + log);
        // the country is vacuumed after its build (NationalData); the twin is too, once filled
        if (!exists)
            JdbcClient.create(app.getBean(DataSource.class))
                    .sql("vacuum analyze")
                    .update();
        return new DemoTwin(app, port);
    }

    JdbcClient jdbc() {
        return app.getBean(JdbcClient.class);
    }

    DataSource dataSource() {
        return app.getBean(DataSource.class);
    }

    @Override
    public void close() {
        app.close();
    }
}
