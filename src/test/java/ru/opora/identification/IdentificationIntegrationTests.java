package ru.opora.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.catalogue.Difficulty;
import ru.opora.assessments.catalogue.Scale;
import ru.opora.assessments.catalogue.Task;
import ru.opora.assessments.results.ResultImport;
import ru.opora.orgunits.Scope;
import ru.opora.platform.OporaHttp;

/**
 * Identification over HTTP on fourteen schools with two years of results: two planted weak schools
 * are listed and explained, a what-if shows who would enter, a rule change is a version, the list
 * is confirmed, a flag is reviewed, and every reader sees only their own schools.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentificationIntegrationTests {

    static final int YEAR = 2032;

    @LocalServerPort
    int port;

    @Autowired
    Catalogue catalogue;

    @Autowired
    ResultImport imports;

    @Autowired
    JdbcClient jdbc;

    List<String> codes;
    String regionPath;

    @BeforeEach
    void twoYearsOfResults() throws Exception {
        jdbc.sql("delete from identification.rule_set").update();
        jdbc.sql("delete from identification.objectivity_flag where year between 2031 and 2032")
                .update();
        regionPath = jdbc.sql("select path from orgunits.org_unit where kind = 'REGION'")
                .query(String.class)
                .single();
        codes = new ArrayList<>();
        for (String municipality : List.of("3901", "3902"))
            codes.addAll(jdbc.sql(
                            "select code from orgunits.org_unit where kind = 'SCHOOL' and code like ? order by code limit 7")
                    .param(municipality + "%")
                    .query(String.class)
                    .list());
        for (int year : List.of(YEAR - 1, YEAR)) load(assessment(year), year);
    }

    /** 12 works per school; the 2nd and 4th schools are weak (8 of 12 «2»); the 5th's journal marks are all «2». */
    private void load(UUID assessment, int year) throws Exception {
        var csv = new StringBuilder("Код ОО;Код;Класс;1;2;3;4;Отметка за предыдущий период\n");
        for (int s = 0; s < codes.size(); s++) {
            boolean weak = s == 1 || s == 3;
            for (int p = 0; p < 12; p++) {
                String scores = weak
                        ? (p < 8 ? "0;1;0;0" : "1;1;1;1")
                        : (p == 0 ? "1;0;0;0" : p % 3 == 0 ? "1;1;2;1" : "1;0;1;1");
                String journal = s == 4 ? "2" : "5";
                csv.append(codes.get(s))
                        .append(';')
                        .append(p + 1)
                        .append(";5А;")
                        .append(scores)
                        .append(';')
                        .append(journal)
                        .append('\n');
            }
        }
        var file = Files.createTempFile("identification-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "tester", null, List.of(new SimpleGrantedAuthority("RESULTS_IMPORT"))));
        try {
            var outcome = imports.importFile(new ResultImport.Request(
                    assessment, year + ".csv", file, Scope.of(List.of(regionPath)), null, "tester", false));
            assertThat(outcome.problems()).isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UUID assessment(int year) {
        return catalogue.idOf(AssessmentKind.VPR, year, "IDN", 5).orElseGet(() -> {
            var tasks = new ArrayList<Task>();
            int[] max = {1, 1, 2, 2};
            for (int i = 0; i < max.length; i++)
                tasks.add(new Task(
                        i, String.valueOf(i + 1), max[i], null, null, i == 3 ? Difficulty.ADVANCED : Difficulty.BASIC));
            return catalogue.save(new Assessment(
                    UUID.randomUUID(),
                    AssessmentKind.VPR,
                    year,
                    "IDN",
                    "Проверка выявления",
                    5,
                    tasks,
                    Scale.of(2, 4, 5, 6)));
        });
    }

    private String runAsRegion(OporaHttp admin) {
        var started =
                admin.postWithCsrf("/identification/runs", "/identification", Map.of("year", String.valueOf(YEAR)));
        assertThat(started.status()).isEqualTo(302);
        return started.location().replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void listsAndExplainsTheWeakSchoolsAndConfirmsTheList() {
        var admin = OporaHttp.signedIn(port, "region", "demo2026");
        String run = runAsRegion(admin);
        var page = admin.get(run).body();
        String candidates = section(page, "candidates");
        assertThat(candidates).contains(codes.get(1)).contains(codes.get(3)).doesNotContain(codes.get(0));
        assertThat(page).contains("Кандидаты в ШНОР: 2");
        UUID weak = schoolId(codes.get(1));
        var explanation = admin.get(run + "/schools/" + weak).body();
        assertThat(explanation)
                .contains("В списке кандидатов: доля «2» по ВПР на уровне самых низких в регионе 2 года подряд.")
                .contains(YEAR + ": доля «2» по ВПР 4–8 классов — 66,7 % (12 работ)")
                .contains((YEAR - 1) + ": доля «2»");
        var rows = OporaHttp.sheet(admin.download(run + "/export").body());
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(codes.get(1)).contains("кандидат"));

        var confirmed = admin.postWithCsrf(run + "/confirm", run, Map.of());
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(admin.get(run).body()).contains("Список утверждён (region)");
        assertThat(jdbc.sql(
                                "select count(*) from identity.audit_event where entity_type = 'IDENTIFICATION_RUN' and action = 'CONFIRM'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void showsWhatARuleChangeWouldDoAndSavesItAsAVersion() {
        var admin = OporaHttp.signedIn(port, "region", "demo2026");
        String run = runAsRegion(admin);
        admin.postWithCsrf(run + "/confirm", run, Map.of());
        var form = rules("50", "");
        var preview = admin.postWithCsrf("/identification/preview", "/identification", form);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).containsPattern("вошли бы [1-9]");
        assertThat(section(preview.body(), "entering"))
                .contains(codes.getFirst().substring(0, 4));
        assertThat(count("identification.rule_set")).isZero();

        var bad = admin.postWithCsrf("/identification/rules", "/identification", rules("девяносто", "так решили"));
        assertThat(bad.body()).contains("Процентиль доли «2» — число.");
        var noReason = admin.postWithCsrf("/identification/rules", "/identification", rules("80", ""));
        assertThat(noReason.body()).contains("Укажите причину изменения правил");
        var outOfRange = admin.postWithCsrf("/identification/rules", "/identification", rules("120", "так решили"));
        assertThat(outOfRange.body()).contains("Процентили — числа больше 0 и не больше 100.");
        assertThat(count("identification.rule_set")).isZero();

        var saved = admin.postWithCsrf(
                "/identification/rules", "/identification", rules("80,5", "Приказ № 12 от 20.11.2026"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get("/identification").body())
                .contains("Действует версия 1 (region): Приказ № 12 от 20.11.2026");
        var second = runAsRegion(admin);
        assertThat(admin.get(second).body()).contains("Правила версии 1: процентиль 80,5");
    }

    @Test
    void letsEachReaderSeeOnlyTheirSchoolsAndOnlyTheRegionRun() {
        var admin = OporaHttp.signedIn(port, "region", "demo2026");
        String run = runAsRegion(admin);
        var municipal = OporaHttp.signedIn(port, "municipal", "demo2026");
        var page = municipal.get(run).body();
        assertThat(page).contains(codes.get(1)).doesNotContain(codes.get(8));
        assertThat(municipal
                        .postWithCsrf("/identification/runs", "/identification", Map.of("year", String.valueOf(YEAR)))
                        .status())
                .isEqualTo(403);
        assertThat(municipal.get(run + "/schools/" + schoolId(codes.get(8))).status())
                .isEqualTo(404);
        var curator = OporaHttp.signedIn(port, "curator", "demo2026");
        assertThat(curator.get(run).body()).contains(codes.get(1)).doesNotContain(codes.get(3));
        assertThat(OporaHttp.signedIn(port, "school", "demo2026")
                        .get("/identification")
                        .status())
                .isEqualTo(403);
        assertThat(new OporaHttp(port).get(run).location()).endsWith("/login");
    }

    @Test
    void flagsResultsAboveTheJournalAndRecordsTheReview() {
        var admin = OporaHttp.signedIn(port, "region", "demo2026");
        runAsRegion(admin);
        UUID school = schoolId(codes.get(4));
        var flags = admin.get("/identification/flags?year=" + YEAR).body();
        assertThat(flags).contains("Отметки за ВПР выше отметок в журнале").contains(codes.get(4));
        var reviewed = admin.postWithCsrf(
                "/identification/flags/review",
                "/identification/flags?year=" + YEAR,
                Map.of(
                        "schoolId",
                        school.toString(),
                        "year",
                        String.valueOf(YEAR),
                        "code",
                        "TERM_MISMATCH",
                        "decision",
                        "CONFIRMED",
                        "comment",
                        "Перепроверка 12 работ"));
        assertThat(reviewed.status()).isEqualTo(302);
        assertThat(jdbc.sql(
                                "select status || ' ' || reviewed_by || ' ' || comment from identification.objectivity_flag where school_id = ? and year = ?")
                        .params(school, YEAR)
                        .query(String.class)
                        .single())
                .isEqualTo("CONFIRMED region Перепроверка 12 работ");
        var municipal = OporaHttp.signedIn(port, "municipal", "demo2026");
        assertThat(municipal
                        .postWithCsrf(
                                "/identification/flags/review",
                                "/identification/flags?year=" + YEAR,
                                Map.of(
                                        "schoolId",
                                        school.toString(),
                                        "year",
                                        String.valueOf(YEAR),
                                        "code",
                                        "TERM_MISMATCH",
                                        "decision",
                                        "DISMISSED"))
                        .status())
                .isEqualTo(403);
        // a later run keeps the review
        runAsRegion(admin);
        assertThat(admin.get("/identification/flags?year=" + YEAR).body()).contains("подтверждён");
    }

    private Map<String, String> rules(String percentile, String reason) {
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("year", String.valueOf(YEAR));
        form.put("firstGrade", "4");
        form.put("lastGrade", "8");
        form.put("vprPercentile", percentile);
        form.put("windowYears", "2");
        form.put("minParticipants", "10");
        form.put("useGia", "true");
        form.put("_useGia", "on");
        form.put("giaPercentile", "90");
        form.put("giaSubjects", "RU,MA");
        form.put("excludeNonObjective", "true");
        form.put("_excludeNonObjective", "on");
        form.put("highZ", "2");
        form.put("giaGap", "40");
        form.put("inversionMargin", "0");
        form.put("spikeRatio", "0,6");
        form.put("spikeMinWorks", "30");
        form.put("raisedShare", "30");
        form.put("reason", reason);
        return form;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private UUID schoolId(String code) {
        return jdbc.sql("select id from orgunits.org_unit where code = ?")
                .param(code)
                .query(UUID.class)
                .single();
    }

    /** The HTML of the element with the id, up to its closing tag of the same name. */
    private static String section(String html, String id) {
        var m = Pattern.compile("<(\\w+)[^>]*id=\"" + id + "\"").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        int end = html.indexOf("</" + m.group(1) + ">", m.end());
        return html.substring(m.start(), end);
    }
}
