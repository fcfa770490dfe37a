package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.backup.DatabaseBackup;

/**
 * A backup and its restore give back exactly the data of the moment of the backup: every table's
 * rows, the sequences and the stored files; what was added or changed after it is gone, and a
 * backup of another schema version is refused before anything is touched.
 */
@SpringBootTest(properties = {"opora.embedded-db.database=opora_backup", "opora.storage.dir=target/backup-test-files"})
class BackupRoundTripIntegrationTests {

    private static final Path STORE = Path.of("target/backup-test-files");

    @Autowired
    DatabaseBackup backup;

    @Autowired
    TestRegions regions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ru.opora.assessments.TestResults results;

    @Test
    void aRestoreGivesBackTheDataAndFilesOfTheBackup(@TempDir Path dir) throws IOException {
        var region = regions.create();
        Path evidence = STORE.resolve("ab/ab12-evidence.pdf");
        Files.createDirectories(evidence.getParent());
        Files.writeString(evidence, "протокол заседания");
        String before = municipalityName(region.municipality(0).id());
        long units = units();
        // results of a year whose partitions (assessments/V10) the restored database will not have
        var vpr = results.vpr("КОПИЯ", 2047, 5);
        results.load(
                vpr,
                region.scope(),
                ru.opora.assessments.TestResults.HEADER
                        + ru.opora.assessments.TestResults.worksSolvingTask2(region.school(0), 5, 2));
        // a risk profile: its factors and levels are generated columns (risk/V2), which COPY cannot write
        jdbc.sql("""
                        insert into risk.profile (school_id, school_path, cohort_year, catalogue_version, entries, cause)
                        values (?, ?, 2047, 1, '[{"factorCode": "R01", "level": "HIGH"}]', 'копия')""")
                .params(region.school(0).id(), region.school(0).path().toString())
                .update();

        Path file = dir.resolve("opora.backup");
        var manifest = backup.write(file);
        assertThat(manifest.tables()).containsKey("orgunits.org_unit");
        assertThat(manifest.tables().get("orgunits.org_unit")).isEqualTo(units);
        assertThat(manifest.files()).isGreaterThanOrEqualTo(1);

        regions.create(); // after the backup: must be gone
        jdbc.sql("update orgunits.org_unit set name = 'Переименован после копии' where id = ?")
                .param(region.municipality(0).id())
                .update();
        Files.delete(evidence);
        assertThat(units()).isGreaterThan(units);
        jdbc.sql("drop table assessments.work_block_2047, assessments.result_aggregate_2047")
                .update();

        var restored = backup.restore(file);
        assertThat(restored.tables()).isEqualTo(manifest.tables());
        assertThat(units()).isEqualTo(units);
        assertThat(municipalityName(region.municipality(0).id())).isEqualTo(before);
        assertThat(Files.readString(evidence)).isEqualTo("протокол заседания");
        assertThat(jdbc.sql("select sum(cardinality(codes)) from assessments.work_block where assessment_id = ?")
                        .param(vpr)
                        .query(Long.class)
                        .single())
                .as("the year's works, back in partitions the restore made")
                .isEqualTo(5);
        for (var table : manifest.tables().entrySet())
            assertThat(jdbc.sql("select count(*) from " + table.getKey())
                            .query(Long.class)
                            .single())
                    .as(table.getKey())
                    .isEqualTo(table.getValue());
        assertThat(jdbc.sql("select factor_levels::text from risk.profile where cohort_year = 2047")
                        .query(String.class)
                        .single())
                .as("a generated column, computed again as the row was restored")
                .isEqualTo("[\"HIGH\"]");
        // the sequences go on after the restored rows: a new region is still written
        regions.create();
    }

    @Test
    void aBackupOfAnotherVersionIsRefusedAndChangesNothing(@TempDir Path dir) throws IOException {
        regions.create();
        Path file = dir.resolve("opora.backup");
        backup.write(file);
        Path other = ru.opora.platform.backup.BackupFiles.withManifest(
                file, dir.resolve("other.backup"), ru.opora.platform.backup.BackupFiles::anotherVersion);
        long units = units();
        assertThatThrownBy(() -> backup.restore(other)).hasMessageContaining("another version of Opora");
        assertThat(units()).isEqualTo(units);
    }

    private long units() {
        return jdbc.sql("select count(*) from orgunits.org_unit")
                .query(Long.class)
                .single();
    }

    private String municipalityName(java.util.UUID id) {
        return jdbc.sql("select name from orgunits.org_unit where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
