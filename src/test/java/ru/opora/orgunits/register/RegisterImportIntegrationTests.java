package ru.opora.orgunits.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.ImportProblem;
import ru.opora.shared.importing.ImportReport;

/** The register import on the embedded PostgreSQL: all-or-nothing, updates by code, audited, bad files change nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegisterImportIntegrationTests {

    @Autowired
    RegisterImport imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    TestRegions.TestRegion test;
    Scope region;
    String prefix;
    String first;
    String second;

    @BeforeEach
    void setUp() {
        test = regions.create();
        region = test.scope();
        prefix = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        first = test.municipality(0).code();
        second = test.municipality(1).code();
    }

    private String header() {
        return String.join(";", RegisterTemplate.headers()) + "\n";
    }

    private String row(String code, String municipality, String fullName, int students) {
        return String.join(
                        ";",
                        code,
                        municipality,
                        "\"" + fullName.replace("\"", "\"\"") + "\"",
                        "СОШ " + code,
                        "7707083893",
                        "",
                        "",
                        "СОШ",
                        "НОО, ООО",
                        "село",
                        "нет",
                        "нет",
                        String.valueOf(students),
                        "12",
                        "3,5",
                        "нет",
                        "")
                + "\n";
    }

    private long count(String codePrefix) {
        return jdbc.sql("select count(*) from orgunits.org_unit where code like ?")
                .param(codePrefix + "%")
                .query(Long.class)
                .single();
    }

    private ImportReport run(String csv, boolean dryRun) {
        return imports.importNow("test.csv", csv.getBytes(StandardCharsets.UTF_8), region, "tester", dryRun);
    }

    @Test
    void dryRunChangesNothingAndCommitAddsEverySchool() {
        String csv = header()
                + row(prefix + "1", first, "Школа один", 100)
                + row(prefix + "2", test.municipality(1).name(), "Школа два", 50);
        var dry = run(csv, true);
        assertThat(dry.ok()).isTrue();
        assertThat(dry.tally().added()).isEqualTo(2);
        assertThat(count(prefix)).isZero();
        var done = run(csv, false);
        assertThat(done.committed()).isTrue();
        assertThat(count(prefix)).isEqualTo(2);
    }

    @Test
    void aFileWithOneBadRowChangesNothing() {
        String csv = header()
                + row(prefix + "1", first, "Хорошая", 100)
                + row(prefix + "2", "Нет такого района", "Плохая", 50);
        var report = run(csv, false);
        assertThat(report.ok()).isFalse();
        assertThat(report.problems())
                .extracting(ImportProblem::code, ImportProblem::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REG-E005", 3));
        assertThat(count(prefix)).isZero();
    }

    @Test
    void reImportUpdatesBySchoolCodeAndAuditsBeforeAndAfter() {
        run(header() + row(prefix + "1", first, "Старое имя", 100), false);
        UUID id = jdbc.sql("select id from orgunits.org_unit where code = ?")
                .param(prefix + "1")
                .query(UUID.class)
                .single();
        var again = run(header() + row(prefix + "1", first, "Новое имя", 120), false);
        assertThat(again.tally().replaced()).isEqualTo(1);
        assertThat(again.tally().added()).isZero();
        assertThat(jdbc.sql("select name from orgunits.org_unit where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Новое имя");
        var audit = jdbc.sql(
                        "select action, before_state->>'fullName', after_state->>'fullName', after_state->>'students' from identity.audit_event where entity_id = ? order by id")
                .param(id.toString())
                .query((rs, n) ->
                        rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4))
                .list();
        assertThat(audit).containsExactly("CREATE|null|Старое имя|100", "UPDATE|Старое имя|Новое имя|120");
        assertThat(run(header() + row(prefix + "1", first, "Новое имя", 120), false)
                        .tally()
                        .unchanged())
                .isEqualTo(1);
    }

    @Test
    void keepsFormulasAndHtmlAsText() {
        run(
                header()
                        + row(prefix + "1", first, "<b>Школа</b><script>alert('x')</script>", 10)
                        + row(prefix + "2", first, "=1+2", 10),
                false);
        assertThat(jdbc.sql("select name from orgunits.org_unit where code like ? order by code")
                        .param(prefix + "%")
                        .query(String.class)
                        .list())
                .containsExactly("<b>Школа</b><script>alert('x')</script>", "=1+2");
    }

    @Test
    void readsWindows1251AndRefusesAnUnknownEncodingByItsHeaders() {
        String csv = header() + row(prefix + "1", first, "Школа в кодировке 1251", 10);
        var ok =
                imports.importNow("cp1251.csv", csv.getBytes(Charset.forName("windows-1251")), region, "tester", false);
        assertThat(ok.committed()).isTrue();
        var koi8 = imports.importNow(
                "koi8.csv",
                csv.replace(prefix, prefix + "K").getBytes(Charset.forName("KOI8-R")),
                region,
                "tester",
                false);
        assertThat(koi8.problems()).extracting(ImportProblem::code).containsExactly("HDR-E001");
        assertThat(count(prefix + "K")).isZero();
    }

    @Test
    void refusesMissingColumnsDuplicatesEmptyAndNonExcelFiles() {
        assertThat(run("Код ОО;Муниципалитет\n" + prefix + ";03\n", false)
                        .problems()
                        .getFirst()
                        .detail())
                .contains("«Полное наименование»", "«ИНН»");
        assertThat(run(header() + row(prefix + "1", first, "А", 1) + row(prefix + "1", first, "Б", 1), false)
                        .problems())
                .extracting(ImportProblem::code)
                .containsExactly("REG-E004");
        assertThat(run(header(), false).problems())
                .extracting(ImportProblem::code)
                .containsExactly("HDR-E003");
        assertThat(imports.importNow("empty.csv", new byte[0], region, "tester", false)
                        .problems())
                .extracting(ImportProblem::code)
                .containsExactly("FILE-E001");
        assertThat(imports.importNow("fake.xlsx", "not a workbook".getBytes(), region, "tester", false)
                        .problems())
                .extracting(ImportProblem::code)
                .containsExactly("FILE-E003");
        assertThat(count(prefix)).isZero();
    }

    @Test
    void refusesA50MegabyteFileByItsSizeNamingTheLimit() {
        var report = imports.tooLarge("big.xlsx", 50L * 1024 * 1024);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("FILE-E002");
            assertThat(p.value()).isEqualTo("50,0");
            assertThat(p.detail()).isEqualTo("10,0");
        });
    }

    @Test
    void aUserCannotWriteIntoAMunicipalityOutsideTheirScope() {
        var report = imports.importNow(
                "t.csv",
                (header() + row(prefix + "1", second, "Чужая", 1)).getBytes(StandardCharsets.UTF_8),
                Scope.of(test.municipality(0).path()),
                "tester",
                false);
        assertThat(report.problems()).extracting(ImportProblem::code).containsExactly("REG-E005");
    }

    @Test
    void aRegionsFileFoundsTheMunicipalityItNamesByANewCodeAndName() {
        String code = prefix + "M";
        String withName = row(prefix + "1", code, "Школа в новом районе", 80).replace("\n", ";Новый район\n");
        var report = run(header() + withName + row(prefix + "2", code, "Вторая школа района", 60), false);
        assertThat(report.problems()).isEmpty();
        assertThat(report.tally().added()).isEqualTo(2);
        assertThat(jdbc.sql("select name from orgunits.org_unit where kind = 'MUNICIPALITY' and code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("Новый район");
        assertThat(jdbc.sql("""
                        select count(*) from orgunits.org_unit s join orgunits.org_unit m on m.id = s.parent_id
                        where m.code = ? and s.kind = 'SCHOOL'""").param(code).query(Long.class).single()).isEqualTo(2);
        // without a name the code stays unknown, and a municipality's coordinator founds nothing
        var unnamed = run(header() + row(prefix + "3", prefix + "N", "Школа", 10), false);
        assertThat(unnamed.problems()).extracting(ImportProblem::code).containsExactly("REG-E005");
        var municipal = imports.importNow(
                "test.csv",
                (header() + row(prefix + "4", prefix + "K", "Школа", 10).replace("\n", ";Чужой район\n"))
                        .getBytes(StandardCharsets.UTF_8),
                Scope.of(test.municipality(0).path()),
                "tester",
                false);
        assertThat(municipal.problems()).extracting(ImportProblem::code).containsExactly("REG-E005");
    }
}
