package ru.opora.assessments.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.catalogue.Difficulty;
import ru.opora.assessments.catalogue.Scale;
import ru.opora.assessments.catalogue.Task;
import ru.opora.orgunits.register.TestRegions;

/**
 * A catalogue entry shipped with wrong thresholds is corrected after its results were loaded: the
 * preview counts the works whose mark moves, the correction rewrites the marks and the figures of
 * schools and the region, and thresholds that make no scale are refused with nothing changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(
        username = "region",
        authorities = {"RESULTS_IMPORT", "CATALOGUE_EDIT"})
class ScaleCorrectionIntegrationTests {

    private static final AtomicInteger YEAR = new AtomicInteger(2090);

    @Autowired
    ScaleCorrection correction;

    @Autowired
    ResultImport imports;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    @Autowired
    ru.opora.identity.TestUsers users;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    UUID assessment;
    TestRegions.TestRegion test;

    /** Ten one-point tasks, shipped with «3» from 8 (should have been 4), «4» from 9, «5» from 10. */
    @BeforeEach
    void setUp() throws Exception {
        var tasks = new java.util.ArrayList<Task>();
        for (int i = 0; i < 10; i++) tasks.add(new Task(i, String.valueOf(i + 1), 1, null, null, Difficulty.BASIC));
        assessment = catalogue.save(new Assessment(
                UUID.randomUUID(),
                AssessmentKind.VPR,
                YEAR.incrementAndGet(),
                "SC",
                "Шкала",
                4,
                tasks,
                Scale.of(8, 9, 10, 10)));
        test = regions.create();
        // primary scores 2, 5, 6, 7, 9 and 10: four «2» by the wrong scale, two by the right one
        var rows = new StringBuilder("Код ОО;Код;Класс;1;2;3;4;5;6;7;8;9;10\n");
        int[] scores = {2, 5, 6, 7, 9, 10};
        for (int w = 0; w < scores.length; w++) {
            rows.append(test.school(w % 2).code()).append(";P").append(w).append(";4А");
            for (int t = 0; t < 10; t++) rows.append(';').append(t < scores[w] ? 1 : 0);
            rows.append('\n');
        }
        Path file = Files.createTempFile("scale-", ".csv");
        Files.writeString(file, rows, StandardCharsets.UTF_8);
        var outcome = imports.importFile(
                new ResultImport.Request(assessment, "scale.csv", file, test.scope(), null, "region", false));
        assertThat(outcome.problems()).isEmpty();
        assertThat(regionMarks()).containsExactly(4, 0, 1, 1);
    }

    @Test
    void thePreviewCountsTheWorksThatMoveAndTheCorrectionRecomputesEveryFigure() {
        var preview = correction.preview(assessment, new ScaleCorrection.Thresholds(4, 7, 9));
        assertThat(preview.works()).isEqualTo(6);
        // 5 and 6: «2» → «3»; 7: «2» → «4»; 9: «4» → «5»
        assertThat(preview.changed()).isEqualTo(4);
        assertThat(preview.moves()).containsEntry("«2» → «3»", 2L).containsEntry("«2» → «4»", 1L);
        assertThat(regionMarks()).as("a preview changes nothing").containsExactly(4, 0, 1, 1);

        correction.apply(assessment, new ScaleCorrection.Thresholds(4, 7, 9), "region");
        assertThat(regionMarks()).containsExactly(1, 2, 1, 2);
        assertThat(catalogue.find(assessment).orElseThrow().scale().threshold(3))
                .isEqualTo(4);
        assertThat(jdbc.sql(
                                "select count(*) from identity.audit_event where action = 'SCALE_CORRECTION' and entity_id = ?")
                        .param(assessment.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void thresholdsThatMakeNoScaleAreRefusedAndChangeNothing() {
        for (var bad : List.of(
                new ScaleCorrection.Thresholds(7, 4, 9),
                new ScaleCorrection.Thresholds(4, 4, 9),
                new ScaleCorrection.Thresholds(0, 4, 9),
                new ScaleCorrection.Thresholds(4, 7, 11)))
            assertThatThrownBy(() -> correction.apply(assessment, bad, "region"))
                    .as(bad.toString())
                    .isInstanceOf(ScaleCorrection.BadScale.class);
        assertThat(regionMarks()).containsExactly(4, 0, 1, 1);
        assertThat(catalogue.find(assessment).orElseThrow().scale().threshold(3))
                .isEqualTo(8);
    }

    @Test
    void theRegionPreviewsAndCorrectsTheScaleOnItsPage() {
        var admin =
                ru.opora.platform.OporaHttp.as(port, users.create(ru.opora.identity.Role.REGION_ADMIN, test.region()));
        String page = "/results/catalogue/" + assessment + "/scale";
        assertThat(admin.get(page).body()).contains("«3» с 8 баллов");
        assertThat(admin.get("/results/catalogue/not-an-id/scale").status()).isEqualTo(400);
        assertThat(admin.get("/results/catalogue/" + UUID.randomUUID() + "/scale")
                        .status())
                .isEqualTo(404);
        var bad = admin.postWithCsrf(page + "/preview", page, java.util.Map.of("min3", "7", "min4", "4", "min5", "9"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Так шкала не получится").contains("≤ 10");
        var preview =
                admin.postWithCsrf(page + "/preview", page, java.util.Map.of("min3", "4", "min4", "7", "min5", "9"));
        assertThat(preview.body()).contains("отметка изменится у 4");
        var applied = admin.postWithCsrf(page, page, java.util.Map.of("min3", "4", "min4", "7", "min5", "9"));
        assertThat(applied.location()).endsWith(page);
        assertThat(admin.get(page).body()).contains("Шкала исправлена: отметка изменилась у 4 из 6 работ");
        assertThat(regionMarks()).containsExactly(1, 2, 1, 2);
    }

    /** The region's counts of «2»…«5» over both ОВЗ groups. */
    private List<Integer> regionMarks() {
        int[] sum = new int[4];
        jdbc.sql(
                        "select marks from assessments.result_aggregate where assessment_id = ? and org_unit_id = ? and class_label = ''")
                .params(assessment, test.region().id())
                .query(rs -> {
                    Integer[] m = (Integer[]) rs.getArray(1).getArray();
                    for (int i = 0; i < 4; i++) sum[i] += m[i];
                });
        return List.of(sum[0], sum[1], sum[2], sum[3]);
    }
}
