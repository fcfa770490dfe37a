package ru.opora.assessments.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.TestResults;
import ru.opora.assessments.results.ResultImport;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;
import ru.opora.shared.importing.ImportProblem;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;

/** Loading the catalogue: added, replaced, or (with results) only re-described; bad files change nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(
        username = "region",
        authorities = {"CATALOGUE_EDIT", "RESULTS_IMPORT"})
class CatalogueUploadIntegrationTests {

    static final String HEADER =
            "Вид;Год;Код предмета;Предмет;Класс;Задание;Макс. балл;Код умения;Проверяемое умение;Уровень;Мин. балл «3»;Мин. балл «4»;Мин. балл «5»\n";

    @LocalServerPort
    int port;

    @Autowired
    CatalogueUpload upload;

    @Autowired
    Catalogue catalogue;

    @Autowired
    ResultImport imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestResults results;

    TestRegions.TestRegion region;
    String adminUser;
    String municipalUser;

    @BeforeEach
    void region() {
        region = regions.create();
        adminUser = users.create(Role.REGION_ADMIN, region.region());
        municipalUser = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0));
    }

    private TabularImport.Upload file(String rows) {
        return TestResults.upload("c.csv", HEADER + rows);
    }

    private static String work(String skill, int max1, int min3) {
        return "РДР;2026;GEO;География;7;1;" + max1 + ";G1;" + skill + ";Б;" + min3
                + ";3;4\nРДР;2026;GEO;География;7;2;2;G2;Карта;П;" + min3 + ";3;4\n";
    }

    @Test
    void addsReplacesAndThenOnlyRedescribesAnAssessmentWithResults() throws Exception {
        assertThat(upload.load(file(work("Климат", 2, 2)), "region").tally())
                .isEqualTo(new ImportReport.Tally(1, 0, 0));
        assertThat(upload.load(file(work("Климат", 2, 1)), "region").tally())
                .isEqualTo(new ImportReport.Tally(0, 1, 0));
        var id = catalogue.idOf(AssessmentKind.REGIONAL, 2026, "GEO", 7).orElseThrow();
        assertThat(catalogue.find(id).orElseThrow().scale().threshold(3)).isEqualTo(1);

        results.load(
                id, region.scope(), "Код ОО;Код;Класс;1;2\n" + region.school(0).code() + ";1;7А;2;1\n");

        assertThat(upload.load(file(work("Климатические пояса", 2, 1)), "region")
                        .tally())
                .isEqualTo(new ImportReport.Tally(0, 1, 0));
        assertThat(upload.load(file(work("Климатические пояса", 2, 1)), "region")
                        .tally())
                .as("the same file again changes nothing")
                .isEqualTo(new ImportReport.Tally(0, 0, 1));
        assertThat(catalogue.find(id).orElseThrow().tasks().getFirst().skill()).isEqualTo("Климатические пояса");
        assertThat(upload.load(file(work("Климат", 3, 1)), "region").problems())
                .extracting(ImportProblem::code, ImportProblem::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CAT-E006", 2));
        assertThat(catalogue.find(id).orElseThrow().tasks().getFirst().maxScore())
                .isEqualTo(2);
    }

    @Test
    void reportsABadRowAndChangesNothing() throws Exception {
        var outcome = upload.load(
                file("ВПР;2030;RU;Русский язык;5;1;2;;;Z;1;2;3\nЭКЗАМЕН;2030;MA;Математика;5;1;2;;;Б;1;2;3\n"),
                "region");
        assertThat(outcome.problems())
                .extracting(ImportProblem::code, ImportProblem::row, ImportProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CAT-E002", 2, "Z"),
                        org.assertj.core.groups.Tuple.tuple("CAT-E001", 3, "ЭКЗАМЕН"));
        assertThat(catalogue.idOf(AssessmentKind.VPR, 2030, "RU", 5)).isEmpty();
    }

    @Test
    void letsOnlyRegionAdminsOpenTheCatalogue() {
        assertThat(OporaHttp.as(port, adminUser).get("/results/catalogue").status())
                .isEqualTo(200);
        assertThat(OporaHttp.as(port, municipalUser).get("/results/catalogue").status())
                .isEqualTo(403);
    }

    @Test
    void exportsTheCatalogueInTheFormatItLoadsFrom() throws Exception {
        var admin = OporaHttp.as(port, adminUser);
        var download = admin.download("/results/catalogue/catalogue.xlsx");
        assertThat(download.status()).isEqualTo(200);
        var rows = OporaHttp.sheet(download.body());
        assertThat(String.join(";", rows.getFirst())).isEqualTo(HEADER.strip());
        long tasks = jdbc.sql("select count(*) from assessments.task")
                .query(Long.class)
                .single();
        assertThat(rows).hasSize((int) tasks + 1);
        Path exported = Files.createTempFile("catalogue-export-", ".xlsx");
        Files.write(exported, download.body());
        int assessments = catalogue.all().size();
        var reloaded = upload.load(new TabularImport.Upload("catalogue.xlsx", exported, 50L * 1024 * 1024), "region");
        assertThat(reloaded.problems()).isEmpty();
        assertThat(reloaded.tally())
                .as("the exported catalogue loads back unchanged")
                .isEqualTo(new ImportReport.Tally(0, 0, assessments));
        assertThat(OporaHttp.as(port, municipalUser)
                        .download("/results/catalogue/catalogue.xlsx")
                        .status())
                .isEqualTo(403);
    }
}
