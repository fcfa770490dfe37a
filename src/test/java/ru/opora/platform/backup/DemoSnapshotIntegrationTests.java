package ru.opora.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.orgunits.register.TestRegions;

/**
 * The recorded demo region is given back only to an empty database, by the same migrations and
 * while it is fresh; in every other case nothing is touched and the demo is generated as before.
 */
@SpringBootTest(
        properties = {"opora.embedded-db.database=opora_snapshot", "opora.storage.dir=target/snapshot-test-files"})
class DemoSnapshotIntegrationTests {

    @Autowired
    DemoSnapshot snapshot;

    @Autowired
    DatabaseBackup backup;

    @Autowired
    TestRegions regions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmptyDatabaseGetsTheRecordingAndNoOtherDoes(@TempDir Path dir) throws IOException {
        assertThat(units()).as("a database of its own, with no org units yet").isZero();
        Path empty = dir.resolve("empty.backup");
        backup.write(empty);
        var region = regions.create();
        long units = units();
        Path recording = dir.resolve("demo/demo-region.backup");
        snapshot.record(recording);
        assertThat(Files.list(recording.getParent())).as("no partial file left").hasSize(1);

        assertThat(snapshot.whyNot(recording))
                .hasValueSatisfying(r -> assertThat(r).contains("already has org units"));
        assertThat(snapshot.restoreIfUsable(recording)).isFalse();
        assertThat(units()).isEqualTo(units);

        backup.restore(empty);
        assertThat(units()).isZero();
        assertThat(snapshot.whyNot(dir.resolve("none.backup"))).hasValue("no such file");
        Path old = BackupFiles.withManifest(
                recording,
                dir.resolve("old.backup"),
                manifest -> manifest.replaceFirst(
                        "\"createdAt\" : \"[^\"]*\"",
                        "\"createdAt\" : \"" + Instant.now().minus(8, ChronoUnit.DAYS) + "\""));
        assertThat(snapshot.whyNot(old)).hasValueSatisfying(r -> assertThat(r).contains("older than PT168H"));
        Path other = BackupFiles.withManifest(recording, dir.resolve("other.backup"), BackupFiles::anotherVersion);
        assertThat(snapshot.whyNot(other)).hasValueSatisfying(r -> assertThat(r).contains("another version"));
        assertThat(snapshot.restoreIfUsable(other)).isFalse();
        assertThat(units()).as("nothing touched by a refused recording").isZero();

        assertThat(snapshot.restoreIfUsable(recording)).isTrue();
        assertThat(units()).isEqualTo(units);
        assertThat(jdbc.sql("select name from orgunits.org_unit where id = ?")
                        .param(region.school(0).id())
                        .query(String.class)
                        .single())
                .isEqualTo(region.school(0).name());
    }

    private long units() {
        return jdbc.sql("select count(*) from orgunits.org_unit")
                .query(Long.class)
                .single();
    }
}
