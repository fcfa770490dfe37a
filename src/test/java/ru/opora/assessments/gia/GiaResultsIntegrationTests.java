package ru.opora.assessments.gia;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import ru.opora.assessments.TestResults;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.Scope;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;
import ru.opora.shared.importing.ImportProblem;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;

/** ОГЭ/ЕГЭ aggregates: checked cell by cell, all or nothing, replaced on re-import, shown by scope. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(username = "region", authorities = "RESULTS_IMPORT")
class GiaResultsIntegrationTests {

    static final String HEADER =
            "Экзамен;Год;Код предмета;Предмет;Код ОО;Участников;Не преодолели минимум;Средний балл;«2»;«3»;«4»;«5»\n";

    @LocalServerPort
    int port;

    @Autowired
    GiaResults gia;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    TestRegions.TestRegion test;
    String municipalUser;

    @BeforeEach
    void createRegion() {
        test = regions.create();
        municipalUser = users.create(Role.MUNICIPAL_COORDINATOR, test.municipality(0));
    }

    private Scope region() {
        return test.scope();
    }

    private String code(int school) {
        return test.school(school).code();
    }

    private TabularImport.Upload csv(String rows) {
        return TestResults.upload("gia.csv", HEADER + rows);
    }

    @Test
    void importsReplacesAndShowsByScope() throws Exception {
        var first = gia.importFile(
                csv("ОГЭ;2026;MA;Математика;" + code(0) + ";40;2;3,9;2;10;18;10\nОГЭ;2026;MA;Математика;" + code(3)
                        + ";30;9;3,1;9;12;6;3\n"),
                region(),
                "region");
        assertThat(first.problems()).isEmpty();
        assertThat(first.tally()).isEqualTo(new ImportReport.Tally(2, 0, 0));
        assertThat(gia.importFile(
                                csv("ОГЭ;2026;MA;Математика;" + code(0) + ";40;4;3,8;4;10;16;10\n"), region(), "region")
                        .tally())
                .isEqualTo(new ImportReport.Tally(0, 1, 0));
        var again =
                gia.importFile(csv("ОГЭ;2026;MA;Математика;" + code(0) + ";40;4;3,8;4;10;16;10\n"), region(), "region");
        assertThat(again.tally()).as("the same line again changes nothing").isEqualTo(new ImportReport.Tally(0, 0, 1));
        assertThat(jdbc.sql(
                                "select below_minimum from assessments.gia_result where exam = 'OGE' and year = 2026 and subject_code = 'MA' and school_id = ?")
                        .param(test.school(0).id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);

        var coordinator = OporaHttp.as(port, municipalUser);
        var page = coordinator.get("/results/gia?exam=OGE&year=2026&subject=MA");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(code(0)).doesNotContain(code(3));
        assertThat(coordinator
                        .get("/results/gia/export?exam=OGE&year=2026&subject=MA")
                        .status())
                .isEqualTo(200);

        // the region filters by municipality, page and export alike; a municipality cannot look elsewhere
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, test.region()));
        String second = test.municipality(1).id().toString();
        var filtered = admin.get("/results/gia?exam=OGE&year=2026&subject=MA&municipality=" + second);
        assertThat(filtered.body()).contains(code(3)).doesNotContain(code(0)).contains("id=\"municipality\"");
        var sheet = OporaHttp.sheet(
                admin.download("/results/gia/export?exam=OGE&year=2026&subject=MA&municipality=" + second)
                        .body());
        assertThat(sheet).anySatisfy(r -> assertThat(r).startsWith(code(3)));
        assertThat(sheet).noneSatisfy(r -> assertThat(r).startsWith(code(0)));
        assertThat(coordinator
                        .get("/results/gia?exam=OGE&year=2026&subject=MA&municipality=" + second)
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/results/gia?exam=OGE&year=2026&subject=MA&municipality=nonsense")
                        .status())
                .isEqualTo(400);

        // the region's schools in the order asked, paged by the database: code(3) has 9 of 30 below
        // the minimum and a mean of 3,1; code(0) 4 of 40 and 3,8
        String byBelow = admin.get("/results/gia?exam=OGE&year=2026&subject=MA").body();
        assertThat(byBelow.indexOf(code(3))).isLessThan(byBelow.indexOf(code(0)));
        assertThat(byBelow).contains("Школ: 2").contains("ОГЭ 2026");
        String byMean = admin.get("/results/gia?exam=OGE&year=2026&subject=MA&sort=MEAN")
                .body();
        assertThat(byMean.indexOf(code(3))).isLessThan(byMean.indexOf(code(0)));
        String bySize = admin.get("/results/gia?exam=OGE&year=2026&subject=MA&sort=PARTICIPANTS&page=9")
                .body();
        assertThat(bySize.indexOf(code(0))).isPositive().isLessThan(bySize.indexOf(code(3)));
        assertThat(admin.get("/results/gia?exam=OGE&year=2026&subject=MA&sort=NONSENSE")
                        .status())
                .isEqualTo(400);
        var secondPage =
                gia.slice(region(), new GiaResults.Series("OGE", 2026, "MA", ""), GiaResults.Order.BELOW, 1, 1);
        assertThat(secondPage.total()).isEqualTo(2);
        assertThat(secondPage.rows())
                .extracting(GiaRow::schoolId)
                .containsExactly(test.school(0).id());
    }

    @Test
    void refusesTheExamsOfALevelTheSchoolDoesNotTeach() {
        // school 0 teaches only НОО, school 1 НОО and ООО (an ООШ), school 2 all three
        var levels = regions.create(1, 3, (index, spec) -> switch (index) {
            case 0 -> spec.primaryOnly();
            case 1 ->
                new TestRegions.SchoolSpec(
                        ru.opora.orgunits.SchoolKind.OOSH,
                        spec.settlement(),
                        true,
                        true,
                        false,
                        spec.students(),
                        spec.small(),
                        spec.adverse(),
                        spec.shareOvz());
            default -> spec;
        });
        var outcome = gia.importFile(
                TestResults.upload(
                        "gia.csv",
                        HEADER
                                + "ОГЭ;2026;RU;Русский язык;" + levels.school(0).code() + ";20;2;3,9;2;5;8;5\n"
                                + "ЕГЭ;2026;RU;Русский язык;" + levels.school(1).code() + ";10;1;70;;;;\n"
                                + "ОГЭ;2026;RU;Русский язык;" + levels.school(1).code() + ";20;2;3,9;2;5;8;5\n"
                                + "ЕГЭ;2026;RU;Русский язык;" + levels.school(2).code() + ";10;1;70;;;;\n"),
                levels.scope(),
                "region");
        assertThat(outcome.problems())
                .extracting(ImportProblem::code, ImportProblem::row, ImportProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "GIA-E005", 2, levels.school(0).code()),
                        org.assertj.core.groups.Tuple.tuple(
                                "GIA-E005", 3, levels.school(1).code()));
        assertThat(jdbc.sql("select count(*) from assessments.gia_result where school_path like ?")
                        .param(levels.path() + "%")
                        .query(Long.class)
                        .single())
                .as("all or nothing")
                .isZero();
    }

    @Test
    void refusesBadRowsAndWritesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from assessments.gia_result")
                .query(Long.class)
                .single();
        var outcome = gia.importFile(
                csv("ГИА;2026;RU;Русский язык;" + code(0) + ";40;2;3,9;;;;\n"
                        + "ЕГЭ;2026;RU;Русский язык;999999;40;2;70;;;;\n"
                        + "ОГЭ;2026;RU;Русский язык;" + code(1) + ";40;50;3,9;2;10;18;10\n"
                        + "ОГЭ;2026;RU;Русский язык;" + code(2) + ";40;2;3,9;2;10;18;11\n"),
                region(),
                "region");
        assertThat(outcome.problems())
                .extracting(ImportProblem::code, ImportProblem::row)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("GIA-E001", 2),
                                org.assertj.core.groups.Tuple.tuple("ORG-E001", 3),
                        org.assertj.core.groups.Tuple.tuple("CELL-E002", 4),
                                org.assertj.core.groups.Tuple.tuple("GIA-E003", 5));
        assertThat(jdbc.sql("select count(*) from assessments.gia_result")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
