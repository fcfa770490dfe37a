package ru.opora.platform.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo region recorded once and given back on an empty database. Generating it takes a minute
 * or more on two cores (three years of ВПР through the import, then every module's story); the
 * launcher records it after each build ({@code --opora.command=demo-snapshot}) and points the
 * demo at the recording, so that a first start restores it in seconds.
 *
 * <p>The recording is used only when the database has no org units yet, was made by the same
 * migrations, and is younger than {@code opora.demo.snapshot-max-age}: the demo's deadlines and
 * overdue items are counted from the day it was generated, and an old recording would show a
 * region where nothing has happened for weeks. Otherwise the demo is generated as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DemoSnapshot implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSnapshot.class);

    private final DatabaseBackup backup;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean demo;
    private final String file;
    private final Duration maxAge;

    DemoSnapshot(
            DatabaseBackup backup,
            JdbcClient jdbc,
            Clock clock,
            @Value("${opora.demo.enabled:false}") boolean demo,
            @Value("${opora.demo.snapshot:}") String file,
            @Value("${opora.demo.snapshot-max-age:P7D}") Duration maxAge) {
        this.backup = backup;
        this.jdbc = jdbc;
        this.clock = clock;
        this.demo = demo;
        this.file = file;
        this.maxAge = maxAge;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo && !file.isBlank()) restoreIfUsable(Path.of(file));
    }

    /** Restores the recording when it may be used; says why not otherwise. */
    public boolean restoreIfUsable(Path snapshot) {
        var reason = whyNot(snapshot);
        if (reason.isPresent()) {
            log.info("Demo snapshot {} not used: {}", snapshot, reason.get());
            return false;
        }
        long start = System.nanoTime();
        var manifest = backup.restore(snapshot);
        log.info(
                "Demo region restored from {} (recorded {}) in {} ms: {} rows",
                snapshot,
                manifest.createdAt(),
                (System.nanoTime() - start) / 1_000_000,
                manifest.tables().values().stream().mapToLong(Long::longValue).sum());
        return true;
    }

    /** Why the recording may not be used here, or nothing when it may. */
    Optional<String> whyNot(Path snapshot) {
        if (!Files.isRegularFile(snapshot)) return Optional.of("no such file");
        boolean empty = jdbc.sql("select not exists (select 1 from orgunits.org_unit)")
                .query(Boolean.class)
                .single();
        if (!empty) return Optional.of("the database already has org units");
        var manifest = backup.manifest(snapshot);
        if (!backup.sameMigrations(manifest))
            return Optional.of("recorded by another version of Opora: " + manifest.migrations());
        var age = Duration.between(manifest.createdAt(), clock.instant());
        if (age.compareTo(maxAge) > 0 || age.isNegative())
            return Optional.of("recorded " + manifest.createdAt() + ", older than " + maxAge);
        return Optional.empty();
    }

    /** Records the database (the demo just generated) into {@code target}, through a file beside it. */
    public DatabaseBackup.Manifest record(Path target) throws java.io.IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, "demo-", ".partial");
        try {
            var manifest = backup.write(partial);
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
