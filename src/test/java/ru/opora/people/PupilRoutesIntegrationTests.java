package ru.opora.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.TestResults;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.catalogue.Difficulty;
import ru.opora.assessments.catalogue.Scale;
import ru.opora.assessments.catalogue.Task;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * Individual routes (issue #19): a school writes a route from a pupil's own weak tasks; a pupil of
 * another school is refused; the next year's ВПР re-measures the route's skills — the pupil when the
 * code is kept or mapped, the class otherwise; a mapping of two pupils to one code is refused whole;
 * the municipality sees the routes' progress by code and never a name; a teacher sees the routes of
 * the classes they teach and no other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PupilRoutesIntegrationTests {

    static final int YEAR = 2071;
    static final String SUBJECT = "RT";

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestResults results;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRouteIsWrittenFromWeakTasksAndReMeasuredByThePupilOrTheClass() {
        var region = regions.create();
        var school = region.school(0);
        var elsewhere = region.school(3);
        String c = school.code();
        UUID before = assessment(YEAR, 5);
        UUID after = assessment(YEAR + 1, 6);
        // К-1: 0/1, 1/1, 0/2, 2/2 — tasks 1 and 3 are weak; К-2: weak in 1, 2 and 4; К-3 stays strong
        results.load(
                before,
                region.scope(),
                TestResults.HEADER + c + ";К-1;5А;0;1;0;2\n" + c + ";К-2;5А;0;0;1;0\n" + c + ";К-3;5А;1;1;2;2\n");
        results.load(before, region.scope(), TestResults.HEADER + elsewhere.code() + ";Б-1;5А;0;0;0;0\n");
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, school));
        String routes = "/pupils/schools/" + school.id() + "/routes";

        String form = director.get(routes + "/new?code=К-1&year=" + YEAR).body();
        assertThat(form).contains("Маршрутный тест, 5 кл., " + YEAR);
        assertThat(checked(form, "1")).isTrue();
        assertThat(checked(form, "2")).isFalse();
        assertThat(checked(form, "3")).isTrue();
        assertThat(director.get(routes + "/new?code=Б-1&year=" + YEAR).status()).isEqualTo(404);

        // another school's pupil: refused whatever the form says
        var foreign = open(director, routes, "Б-1", before, "1");
        assertThat(director.get(follow(foreign)).body())
                .contains("Ученика с таким кодом нет среди участников этой работы в школе");
        assertThat(OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, elsewhere))
                        .postWithCsrf(
                                routes,
                                "/pupils/schools/" + elsewhere.id(),
                                Map.of("code", "К-1", "assessment", before.toString()))
                        .status())
                .isEqualTo(404);
        assertThat(count("select count(*) from people.pupil_route where school_id = ?", school.id()))
                .isZero();

        String route1 = follow(open(director, routes, "К-1", before, "1", "3"));
        String route2 = follow(open(director, routes, "К-2", before, "1", "2", "4"));
        assertThat(director.get(route1).body())
                .contains("Умение 1")
                .contains("Умение 3")
                .doesNotContain("Умение 2")
                .contains("Следующих работ по предмету пока нет");

        // activities: a teacher of another school is refused, so are dates in the wrong order
        UUID own = teacher(school, "Сидорова Анна Павловна", null);
        UUID stranger = teacher(elsewhere, "Чужой Пётр Иванович", null);
        activity(director, route1, stranger, "2071-09-10", "2071-12-20");
        assertThat(director.get(route1).body()).contains("Ответственный педагог должен работать в этой школе.");
        activity(director, route1, own, "2071-12-20", "2071-09-10");
        assertThat(director.get(route1).body()).contains("Дата окончания мероприятия раньше даты начала.");
        activity(director, route1, own, "2071-09-10", "2071-12-20");
        director.postWithCsrf(route1 + "/checkpoints", route1, Map.of("due", "2071-10-20", "description", "Срез"));
        assertThat(director.get(route1).body())
                .contains("Сидорова Анна Павловна")
                .contains("Дополнительные занятия")
                .contains("20.10.2071");
        UUID checkpoint = jdbc.sql("select id from people.pupil_route_checkpoint where description = 'Срез'"
                        + " and route_id = ?::uuid")
                .param(route1.substring(route1.lastIndexOf('/') + 1))
                .query(UUID.class)
                .single();
        // an unticked box sends nothing: the result is recorded, the checkpoint not passed
        director.postWithCsrf(route1 + "/checkpoints/" + checkpoint, route1, Map.of("result", "4 из 8"));
        assertThat(director.get(route1).body()).contains("4 из 8").doesNotContain("class=\"good\">пройдена<");
        director.postWithCsrf(
                route1 + "/checkpoints/" + checkpoint, route1, Map.of("result", "7 из 8", "done", "true"));
        assertThat(director.get(route1).body()).contains("7 из 8").contains("class=\"good\">пройдена<");

        // the next year: К-1 keeps the code, К-2 is «Н-2» now, the class 6А did well on К-2's skills
        results.load(
                after,
                region.scope(),
                TestResults.HEADER + c + ";К-1;6А;1;1;2;1\n" + c + ";Н-2;6А;1;1;2;2\n" + c + ";Н-3;6А;1;0;2;2\n");
        String one = director.get(route1).body();
        assertThat(one).contains("ВПР " + (YEAR + 1) + ", ученик в 6А").contains("Умения маршрута улучшились.");
        // before: 0 of 3 points on skills 1 and 3; after: 3 of 3
        assertThat(measure(route1)).containsExactly("PUPIL", 0L, 3L, 3L, 3L);
        String two = director.get(route2).body();
        assertThat(two).contains("класс 6А (код ученика не найден)");
        // the class 5А then on skills 1, 2, 4: (0+0+1) + (1+0+1) + (2+0+2) = 7 of 12; 6А now: 3 + 2 + 5 = 10 of 12
        assertThat(measure(route2)).containsExactly("CLASS", 7L, 12L, 10L, 12L);

        // a mapping of two pupils to one code is refused whole; then the right one re-measures К-2 itself
        var map = "Код ОО;Год нового кода;Прежний код;Новый код\n" + c + ";" + (YEAR + 1) + ";К-2;Н-2\n" + c + ";"
                + (YEAR + 1) + ";К-3;Н-2\n";
        String refused = upload(director, "code-map", map, school);
        assertThat(refused).contains("новый код «Н-2» уже дан другому ученику в строке 2");
        assertThat(count("select count(*) from people.pupil_code_map where school_id = ?", school.id()))
                .isZero();
        assertThat(upload(director, "code-map", map.replace("К-3;Н-2", "Ж-9;Н-9"), school))
                .contains("обучающегося с кодом «Ж-9» Опора не знает");
        upload(director, "code-map", map.substring(0, map.lastIndexOf(c)), school);
        // К-2: 0 of 4 points on skills 1, 2, 4 then; Н-2: 1+1+2 = 4 of 4 now
        assertThat(measure(route2)).containsExactly("PUPIL", 0L, 4L, 4L, 4L);

        // the school names К-1; the municipality sees progress and codes, never the name
        String list = "/pupils/schools/" + school.id();
        director.postWithCsrf(
                list + "/entries",
                list,
                Map.of(
                        "code",
                        "К-1",
                        "classLabel",
                        "5А",
                        "category",
                        "SOCIAL_RISK",
                        "basis",
                        "Трудная ситуация в семье"));
        UUID entry = jdbc.sql("select id from people.at_risk_pupil where school_id = ? and participant_code = 'К-1'")
                .param(school.id())
                .query(UUID.class)
                .single();
        director.postWithCsrf(
                "/pupils/schools/" + school.id() + "/names/" + entry,
                "/pupils/schools/" + school.id(),
                Map.of("name", "Смирнов Илья"));
        assertThat(director.get(routes).body()).contains("Смирнов Илья");
        assertThat(OporaHttp.sheet(director.download(routes + "/export").body()))
                .anySatisfy(r -> assertThat(r).contains("К-1", "Смирнов Илья"));
        String coordinatorName = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0));
        var coordinator = OporaHttp.as(port, coordinatorName);
        assertThat(coordinator.get("/pupils").body())
                .contains(
                        "Маршрутов: 2; перемерено по следующим работам: 2; умения улучшились: 2 (100,0 % перемеренных).");
        assertThat(coordinator.get(routes).body()).contains("К-1").doesNotContain("Смирнов");
        assertThat(coordinator.get(route1).body()).contains("К-1").doesNotContain("Смирнов");
        assertThat(OporaHttp.sheet(coordinator.download(routes + "/export").body())
                        .toString())
                .contains("К-1")
                .doesNotContain("Смирнов");
        assertThat(OporaHttp.sheet(coordinator.download(route1 + "/export").body())
                        .toString())
                .contains("К-1")
                .contains(school.name())
                .doesNotContain("Смирнов");
        assertThat(new OporaHttp(port)
                        .api("/api/v1/pupils/schools/" + school.id() + "/routes", coordinatorName)
                        .body())
                .contains("\"code\":\"К-1\"")
                .contains("\"name\":null")
                .doesNotContain("Смирнов");
        assertThat(new OporaHttp(port).api("/api/v1/pupils", coordinatorName).body())
                .contains("\"improved\":2");
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        String regionPage = admin.get("/pupils").body();
        assertThat(regionPage).contains(region.municipality(0).name());
        // the chart of the share improved by municipality: 100 % in the first
        assertThat(regionPage.substring(
                        regionPage.indexOf("id=\"areas-chart\""),
                        regionPage.indexOf("</canvas>", regionPage.indexOf("id=\"areas-chart\""))))
                .contains("100.0")
                .contains(region.municipality(0).name());
        assertThat(OporaHttp.sheet(admin.download("/pupils/export/areas").body()))
                .anySatisfy(r ->
                        assertThat(r).containsExactly(region.municipality(0).name(), "2.0", "2.0", "2.0", "100.0"));
        assertThat(coordinator
                        .postWithCsrf(route1 + "/checkpoints", route1, Map.of("due", "2071-10-20"))
                        .status())
                .isEqualTo(403);
        assertThat(OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1)))
                        .get(route1)
                        .status())
                .isEqualTo(404);

        // a teacher of 5А in the route's subject sees both routes; a teacher of another class sees none
        String mine = users.create(Role.TEACHER, school);
        UUID teaching = teacher(school, "Кузнецова Ольга Николаевна", mine);
        assign(school, YEAR - 1, "5А", teaching);
        var teacher = OporaHttp.as(port, mine);
        assertThat(teacher.get("/pupils/mine").body())
                .contains("Класс 5А: маршрутов — 2")
                .contains("К-2");
        assertThat(OporaHttp.sheet(teacher.download("/pupils/mine/export").body()))
                .anySatisfy(r -> assertThat(r).startsWith("5А", "К-1"));
        assertThat(teacher.get("/pupils/mine/routes/" + route1.substring(route1.lastIndexOf('/') + 1))
                        .body())
                .contains("Умения маршрута улучшились.")
                .doesNotContain("Смирнов");
        assertThat(teacher.get(route1).status()).isEqualTo(403);
        String otherAccount = users.create(Role.TEACHER, school);
        assign(school, YEAR - 1, "5Б", teacher(school, "Орлов Иван Ильич", otherAccount));
        var other = OporaHttp.as(port, otherAccount);
        assertThat(other.get("/pupils/mine").body()).contains("Маршрутов для ваших классов пока нет.");
        assertThat(other.get("/pupils/mine/routes/" + route1.substring(route1.lastIndexOf('/') + 1))
                        .status())
                .isEqualTo(404);

        // the outcome closes the route
        director.postWithCsrf(route1 + "/close", route1, Map.of("outcome", "Дефициты закрыты"));
        assertThat(director.get(route1).body()).contains("Дефициты закрыты").doesNotContain("id=\"activity-form\"");
    }

    @Test
    void namesNeverTravelAboveTheSchoolInAFile() {
        var region = regions.create();
        var school = region.school(0);
        results.load(assessment(YEAR + 2, 5), region.scope(), TestResults.HEADER + school.code() + ";Ф-1;5А;1;1;1;1\n");
        var coordinator = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0)));
        String file = "Код ОО;Год нового кода;Прежний код;ФИО;Новый код\n" + school.code() + ";" + (YEAR + 3)
                + ";Ф-1;Фёдоров Фёдор;Ф-2\n";
        assertThat(upload(coordinator, "code-map", file, null))
                .contains("столбец «ФИО» содержит имена обучающихся; выше уровня школы Опора принимает только коды");
        assertThat(count("select count(*) from people.pupil_code_map where school_id = ?", school.id()))
                .isZero();
        // the school's own file may carry the column; the name is not read
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, school));
        upload(director, "code-map", file, school);
        assertThat(count("select count(*) from people.pupil_code_map where school_id = ?", school.id()))
                .isEqualTo(1);
        // through the API, as a background job: the same refusal above the school, and a curator may not load files
        String coordinatorName = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0));
        var api = new OporaHttp(port);
        var accepted = api.postMultipart(
                "/api/v1/pupils/imports/code-map",
                "codes.csv",
                file.getBytes(StandardCharsets.UTF_8),
                OporaHttp.basic(coordinatorName, TestUsers.PASSWORD));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String href = accepted.body().replaceAll("(?s).*\"href\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String job = "";
        for (int i = 0; i < 100 && !job.matches("(?s).*\"status\"\\s*:\\s*\"(DONE|FAILED)\".*"); i++) {
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
            job = api.getAuth(href, OporaHttp.basic(coordinatorName, TestUsers.PASSWORD))
                    .body();
        }
        assertThat(job).contains("\"FAILED\"").contains("содержит имена обучающихся");
        assertThat(api.postMultipart(
                                "/api/v1/pupils/imports/attendance",
                                "a.csv",
                                new byte[] {1},
                                OporaHttp.basic(users.create(Role.CURATOR, school), TestUsers.PASSWORD))
                        .status())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from identity.audit_event where after_state::text like '%Фёдоров%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void absencesSuggestAnAbsenteeAndTwoQuartersWithoutEndTheInclusion() {
        var region = regions.create();
        var school = region.school(0);
        String c = school.code();
        int year = YEAR + 4;
        results.load(
                assessment(year, 5),
                region.scope(),
                TestResults.HEADER.replace("\n", ";Отметка по журналу\n") + c + ";А-1;5А;1;1;1;1;2\n" + c
                        + ";А-2;5А;1;1;1;1;4\n");
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, school));
        String page = "/pupils/schools/" + school.id();
        String header = "Код ОО;Код участника;Класс;Учебный год;Четверть;Уроков по расписанию;"
                + "Пропущено без уважительной причины\n";
        String bad = header + c + ";Х-9;5А;" + year + "/" + (year + 1) % 100 + ";1;50;2\n" + c + ";А-2;5А;" + year
                + ";1;40;50\n" + c + ";А-1;5А;двадцатый;1;40;5\n";
        assertThat(upload(director, "attendance", bad, school))
                .contains("строка 2, столбец «Код участника»: обучающегося с кодом «Х-9» Опора не знает")
                .contains("строка 3, столбец «Пропущено без уважительной причины»: пропущено 50 уроков — больше, чем"
                        + " уроков в четверти (40)")
                .contains("учебный год «двадцатый» не распознан");
        assertThat(count("select count(*) from people.attendance where school_id = ?", school.id()))
                .isZero();

        upload(
                director,
                "attendance",
                header + c + ";А-1;5А;" + year + ";1;50;20\n" + c + ";А-2;5А;" + year + ";1;50;5\n",
                school);
        String basis = "Пропущено без уважительной причины 20 из 50 уроков (40 %), " + year + "/" + (year + 1) % 100
                + " учебный год, 1 четверть";
        assertThat(director.get(page).body())
                .contains(basis)
                .doesNotContain("5 из 50 уроков")
                // the term mark the ВПР file carries suggests a low achiever though the ВПР itself went well
                .contains("«2» по журналу (отметка за четверть в файле ВПР), Маршрутный тест, 5 кл., " + year
                        + "; ВПР: 4 из 6 баллов");
        director.postWithCsrf(
                page + "/decisions",
                page,
                Map.of(
                        "year", "" + year,
                        "code", "А-1",
                        "category", "ABSENTEE",
                        "sourceKey", "ATT:" + year + "-1",
                        "decision", "confirm"));
        assertThat(state("А-1")).isEqualTo("CONFIRMED");
        // still absent in the second quarter: no second suggestion, still on the list; a quarter loaded
        // again replaces what the earlier file said of it
        assertThat(upload(director, "attendance", header + c + ";А-1;5А;" + year + ";2;50;30\n", school))
                .contains("Строк с данными: 1; добавлено — 1, заменено — 0");
        assertThat(upload(
                        director,
                        "attendance",
                        header + c + ";А-1;5А;" + year + ";2;50;25\n" + c + ";А-2;5А;" + year + ";2;50;0\n",
                        school))
                .contains("Строк с данными: 2; добавлено — 1, заменено — 1");
        assertThat(count(
                        "select count(*) from people.attendance where school_id = ? and quarter = 2 and unexcused = 25",
                        school.id()))
                .isEqualTo(1);
        String listed = director.get(page).body();
        assertThat(listed.substring(listed.indexOf("id=\"suggested\""), listed.indexOf("id=\"decided\"")))
                .doesNotContain("25 из 50 уроков")
                .doesNotContain("Пропущено без уважительной причины");
        upload(director, "attendance", header + c + ";А-1;5А;" + year + ";3;50;2\n", school);
        assertThat(state("А-1")).isEqualTo("CONFIRMED");
        upload(director, "attendance", header + c + ";А-1;5А;" + year + ";4;50;0\n", school);
        assertThat(state("А-1")).isEqualTo("EXCLUDED");
        assertThat(director.get(page).body())
                .contains("Исключён: два периода подряд без условия — Пропущено без уважительной причины 2 из 50"
                        + " уроков (4 %), " + year + "/" + (year + 1) % 100 + " учебный год, 3 четверть");
    }

    @Test
    void aSchoolWritesAProgrammeForACategoryOfPupilsAtRisk() {
        var region = regions.create();
        var school = region.school(0);
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, school));
        String plan = "/planning/schools/" + school.id() + "?year=2026";
        assertThat(director.get(plan).body())
                .contains("Программы работы с обучающимися группы риска")
                .contains("id=\"write-pupils-ABSENTEE\"");
        var created = director.postWithCsrf(
                "/planning/schools/" + school.id() + "/documents",
                plan,
                Map.of("year", "2026", "type", "PUPIL_PROGRAM", "risk", "ABSENTEE"));
        assertThat(created.location()).contains("/planning/documents/").endsWith("/edit");
        var again = director.postWithCsrf(
                "/planning/schools/" + school.id() + "/documents",
                plan,
                Map.of("year", "2026", "type", "PUPIL_PROGRAM", "risk", "ABSENTEE"));
        assertThat(again.location()).isEqualTo(created.location());
        assertThat(director.postWithCsrf(
                                "/planning/schools/" + school.id() + "/documents",
                                plan,
                                Map.of("year", "2026", "type", "PUPIL_PROGRAM", "risk", "NOBODY"))
                        .status())
                .isEqualTo(400);
        String page = director.get(plan).body();
        assertThat(page)
                .contains("Программа работы с обучающимися группы риска: пропуски уроков без уважительной причины")
                .contains("id=\"write-pupils-OVZ\"")
                .doesNotContain("id=\"write-pupils-ABSENTEE\"");
        String document = created.location().substring(0, created.location().length() - "/edit".length());
        assertThat(director.get(java.net.URI.create(document).getRawPath()).body())
                .contains("пропуски уроков без уважительной причины")
                .contains(school.name());
        // the municipality reads it; another municipality does not
        assertThat(OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0)))
                        .get(java.net.URI.create(document).getRawPath())
                        .status())
                .isEqualTo(200);
        assertThat(OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1)))
                        .get(java.net.URI.create(document).getRawPath())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aRegionalDiagnosticOfTheNextGradeReMeasuresTheRoute() {
        var region = regions.create();
        var school = region.school(0);
        String c = school.code();
        int year = YEAR + 6;
        UUID vpr = assessment(year, 5);
        results.load(vpr, region.scope(), TestResults.HEADER + c + ";Р-1;5А;0;1;0;2\n");
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, school));
        String routes = "/pupils/schools/" + school.id() + "/routes";
        String route = follow(open(director, routes, "Р-1", vpr, year, "1", "3"));
        // the regional diagnostic of the autumn: the same year, the grade the pupil moved into
        results.load(
                assessment(AssessmentKind.REGIONAL, year, 6),
                region.scope(),
                TestResults.HEADER + c + ";Р-1;6А;1;0;1;2\n");
        assertThat(director.get(route).body()).contains("РДР " + year + ", ученик в 6А");
        // 0 of 3 then; 1 + 1 = 2 of 3 now
        assertThat(measure(route)).containsExactly("PUPIL", 0L, 3L, 2L, 3L);
    }

    private String state(String code) {
        return jdbc.sql("select state from people.at_risk_pupil where participant_code = ? and category = 'ABSENTEE'")
                .param(code)
                .query(String.class)
                .single();
    }

    /** The test's own assessment with named skills: «Умение 1»…«Умение 4», maxima 1, 1, 2, 2. */
    private UUID assessment(int year, int grade) {
        return assessment(AssessmentKind.VPR, year, grade);
    }

    private UUID assessment(AssessmentKind kind, int year, int grade) {
        return catalogue.idOf(kind, year, SUBJECT, grade).orElseGet(() -> {
            var tasks = new ArrayList<Task>();
            int[] max = {1, 1, 2, 2};
            for (int i = 0; i < max.length; i++)
                tasks.add(new Task(
                        i, String.valueOf(i + 1), max[i], "RT." + (i + 1), "Умение " + (i + 1), Difficulty.BASIC));
            return catalogue.save(new Assessment(
                    UUID.randomUUID(), kind, year, SUBJECT, "Маршрутный тест", grade, tasks, Scale.of(2, 4, 5, 6)));
        });
    }

    private static boolean checked(String form, String task) {
        int at = form.indexOf("id=\"task-0-" + task + "\"");
        String input = form.substring(form.lastIndexOf("<input", at), form.indexOf('>', at));
        return input.contains("checked");
    }

    private static OporaHttp.Response open(OporaHttp who, String routes, String code, UUID work, String... tasks) {
        return open(who, routes, code, work, YEAR, tasks);
    }

    private static OporaHttp.Response open(
            OporaHttp who, String routes, String code, UUID work, int year, String... tasks) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("code", code);
        form.add("assessment", work.toString());
        form.add("year", "" + year);
        form.add("goals", "Закрыть дефициты к следующей ВПР");
        for (String t : tasks) form.add("tasks", t);
        return who.postFormWithCsrf(routes, routes, form);
    }

    private static String follow(OporaHttp.Response r) {
        var uri = java.net.URI.create(r.location());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static void activity(OporaHttp who, String route, UUID teacher, String starts, String ends) {
        who.postWithCsrf(
                route + "/activities",
                route,
                Map.of(
                        "kind",
                        "LESSONS",
                        "description",
                        "Дополнительные занятия по дробям",
                        "teacher",
                        teacher.toString(),
                        "starts",
                        starts,
                        "ends",
                        ends));
    }

    private String upload(OporaHttp who, String what, String csv, OrgUnitRef back) {
        var fields = back == null
                ? Map.<String, String>of()
                : Map.of("back", back.id().toString());
        var sent = who.postPartsWithCsrf(
                "/pupils/import/" + what,
                back == null ? "/pupils" : "/pupils/schools/" + back.id(),
                fields,
                Map.of("file", Map.entry(what + ".csv", csv.getBytes(StandardCharsets.UTF_8))));
        assertThat(sent.status()).isEqualTo(302);
        return who.get(follow(sent)).body();
    }

    /** The route's latest measure: basis, points and possible points before and after. */
    private java.util.List<Object> measure(String routePath) {
        UUID route = UUID.fromString(routePath.substring(routePath.lastIndexOf('/') + 1));
        return jdbc.sql("""
                        select basis, before_points, before_possible, after_points, after_possible from people.route_measure
                        where route_id = ? order by year desc limit 1""")
                .param(route)
                .query((rs, n) -> java.util.List.<Object>of(
                        rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
    }

    private int count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single();
    }

    private UUID teacher(OrgUnitRef school, String name, String account) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into people.teacher (id, school_id, school_path, full_name, subjects, category, username, updated_by)
                        values (?, ?, ?, ?, '{RT}', 'FIRST', ?, 'test')""")
                .params(id, school.id(), school.path().value(), name, account)
                .update();
        return id;
    }

    private void assign(OrgUnitRef school, int schoolYear, String classLabel, UUID teacher) {
        jdbc.sql("""
                        insert into people.class_teacher (school_id, school_path, school_year, class_label, subject_code, teacher_id,
                            updated_by) values (?, ?, ?, ?, ?, ?, 'test')""")
                .params(school.id(), school.path().value(), schoolYear, classLabel, SUBJECT, teacher)
                .update();
    }
}
