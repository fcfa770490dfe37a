package ru.opora.orgunits.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import ru.opora.assessments.TestResults;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.ImportProblem;

/** A region's municipalities from a file: all or nothing, updated by code, every fault named. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MunicipalityImportIntegrationTests {

    static final String HEADER = "Код муниципалитета;Наименование;ОКТМО;Орган управления образованием\n";

    @Autowired
    MunicipalityImport imports;

    @Autowired
    TestRegions regions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void addsNewCodesUpdatesKnownOnesAndKeepsTheRestAsTheyWere() {
        var region = regions.create();
        String p = "M" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        String oktmo = String.valueOf(10_000_000 + (int) (Math.random() * 80_000_000));
        var first = imports.importFile(
                TestResults.upload(
                        "m.csv",
                        HEADER + p + "1;Северный район;" + oktmo + ";Управление образования\n" + p
                                + "2;Южный район;;\n"),
                region.scope(),
                "tester",
                false);
        assertThat(first.problems()).isEmpty();
        assertThat(first.tally().added()).isEqualTo(2);
        assertThat(municipalities(p)).isEqualTo(2);

        var second = imports.importFile(
                TestResults.upload(
                        "m.csv",
                        HEADER + p + "1;Северный округ;" + oktmo + ";Управление образования\n" + p + "2;Южный район;;\n"
                                + p + "3;Западный район;;\n"),
                region.scope(),
                "tester",
                false);
        assertThat(second.tally().added()).isEqualTo(1);
        assertThat(second.tally().replaced()).isEqualTo(1);
        assertThat(second.tally().unchanged()).isEqualTo(1);
        assertThat(jdbc.sql("select name from orgunits.org_unit where kind = 'MUNICIPALITY' and code = ?")
                        .param(p + "1")
                        .query(String.class)
                        .single())
                .isEqualTo("Северный округ");
    }

    @Test
    void aFileWithARepeatedCodeOrOktmoChangesNothingAndNamesEachRow() {
        var region = regions.create();
        String p = "D" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        var report = imports.importFile(
                TestResults.upload(
                        "bad.csv",
                        HEADER + p + "1;Первый;12345678;\n" + p + "1;Повтор кода;;\n" + p + "2;Повтор ОКТМО;12345678;\n"
                                + p + "3;Кривой ОКТМО;1234;\n" + "код с пробелом;Плохой код;;\n"),
                region.scope(),
                "tester",
                false);
        assertThat(report.committed()).isFalse();
        assertThat(report.problems())
                .extracting(ImportProblem::code, ImportProblem::row)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("MUN-E002", 3),
                        org.assertj.core.groups.Tuple.tuple("MUN-E003", 4),
                        org.assertj.core.groups.Tuple.tuple("MUN-E004", 5),
                        org.assertj.core.groups.Tuple.tuple("MUN-E001", 6));
        assertThat(municipalities(p)).isZero();
    }

    @Test
    void anOktmoOfAnotherMunicipalityAndAMunicipalityScopeAreRefused() {
        var region = regions.create();
        var other = regions.create();
        String p = "O" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        String oktmo = String.valueOf(10_000_000 + (int) (Math.random() * 80_000_000));
        imports.importFile(
                TestResults.upload("m.csv", HEADER + p + "1;Район другого региона;" + oktmo + ";\n"),
                other.scope(),
                "tester",
                false);
        var report = imports.importFile(
                TestResults.upload("m.csv", HEADER + p + "2;Район;" + oktmo + ";\n" + p + "1;Чужой код;;\n"),
                region.scope(),
                "tester",
                false);
        assertThat(report.problems()).extracting(ImportProblem::code).containsExactly("MUN-E005", "MUN-E006");
        assertThatThrownBy(() -> imports.importFile(
                        TestResults.upload("m.csv", HEADER + "X1;Район;;\n"),
                        Scope.of(region.municipality(0).path()),
                        "tester",
                        false))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long municipalities(String prefix) {
        return jdbc.sql("select count(*) from orgunits.org_unit where kind = 'MUNICIPALITY' and code like ?")
                .param(prefix + "%")
                .query(Long.class)
                .single();
    }
}
