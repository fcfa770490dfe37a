package ru.opora.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * The teacher-development loop (issue #18) on a region the test builds: a task solved low in one
 * year's ВПР → the skill it checks → the teacher of the class → the deficit a diagnostic found →
 * the course on it → the same skill a year later, beside the region's change; the files refused
 * row by row with nothing saved; M4 for ШНОР and the others; names and scope as everywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeacherLoopIntegrationTests {

    static final int YEAR = 2061;
    static final String INSTRUMENTS =
            "Код диагностики;Название диагностики;Предмет;Вид;Порог дефицита, %;Задание;Макс. балл;Код умения;Проверяемое умение\n";
    static final String SCORES = "Код ОО;Учитель;Код диагностики;Дата;Задание;Балл\n";
    static final String TEACHER = "Ковалёва Ирина Олеговна";

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
    void aWeakSkillIsFollowedToTheTeachersCourseAndBackToTheNextVpr() throws Exception {
        var region = regions.create();
        var weak = region.school(0);
        var strong = region.school(1);
        UUID before = physics(YEAR);
        UUID after = physics(YEAR + 1);
        // the weak school's 5А solves no task 2 (skill PH.2); a year on its teacher's 6А solves it all
        results.load(
                before,
                region.scope(),
                TestResults.HEADER + works(weak, "5А", "1;0;2;2") + works(strong, "5А", "1;1;2;2"));
        results.load(
                after,
                region.scope(),
                TestResults.HEADER + works(weak, "6А", "1;1;2;2") + works(strong, "6А", "1;0;2;2"));

        var methodist = OporaHttp.as(port, users.create(Role.REGION_METHODIST, region.region()));
        String directorName = users.create(Role.SCHOOL_ADMIN, weak);
        var director = OporaHttp.as(port, directorName);
        String schoolPage = "/people/schools/" + weak.id();
        load(
                director,
                schoolPage,
                "teachers",
                "Код ОО;ФИО;Предметы;Категория\n" + weak.code() + ";" + TEACHER + ";Физика;первая\n" + weak.code()
                        + ";Лебедев Олег Ильич;Физика;высшая\n");
        load(
                director,
                schoolPage,
                "classes",
                "Код ОО;Учебный год;Класс;Предмет;Учитель\n"
                        + weak.code() + ";" + (YEAR - 1) + ";5А;Физика;" + TEACHER + "\n"
                        + weak.code() + ";" + YEAR + ";6А;Физика;" + TEACHER + "\n");

        // a school cannot load the region's instruments; a file with a repeated item and an unknown subject is refused
        load(director, schoolPage, "instruments", INSTRUMENTS + "ДФ-1;Физика;Физика;предметная;50;1;2;PH.1;Умение 1\n");
        assertThat(director.get(schoolPage).body()).contains("загружает регион");
        load(
                methodist,
                "/people",
                "instruments",
                INSTRUMENTS
                        + "ДФ-1;Диагностика учителей физики;Физика;предметная;50;1;2;PH.1;Измерения\n"
                        + "ДФ-1;Диагностика учителей физики;Физика;предметная;50;1;2;PH.2;Графики\n"
                        + "ДФ-2;Другая;Алхимия;предметная;50;1;2;X.1;Превращения\n");
        assertThat(methodist.get("/people").body())
                .contains("строка 3, столбец «Задание»: задание с этим номером в этой диагностике уже есть выше")
                .contains("строка 4, столбец «Предмет»: предмета «Алхимия» нет в перечне");
        assertThat(jdbc.sql("select count(*) from people.instrument where region_id = ?")
                        .param(region.region().id())
                        .query(Integer.class)
                        .single())
                .isZero();
        load(
                methodist,
                "/people",
                "instruments",
                INSTRUMENTS
                        + "ДФ-1;Диагностика учителей физики;Физика;предметная;50;1;2;PH.1;Измерения\n"
                        + "ДФ-1;Диагностика учителей физики;Физика;предметная;50;2;4;PH.2;Графики движения\n");

        // an item outside the instrument and a score above the maximum: nothing of the file is saved
        String day = "15.01.2026";
        load(
                methodist,
                "/people",
                "diagnostics",
                SCORES
                        + weak.code() + ";" + TEACHER + ";ДФ-1;" + day + ";1;2\n"
                        + weak.code() + ";" + TEACHER + ";ДФ-1;" + day + ";7;1\n"
                        + weak.code() + ";Лебедев Олег Ильич;ДФ-1;" + day + ";2;5\n");
        assertThat(methodist.get("/people").body())
                .contains("строка 3, столбец «Задание»: задания «7» нет в диагностике (ДФ-1: 1, 2)")
                .contains("строка 4, столбец «Балл»: балл 5 больше максимального за задание (2 — 4)");
        assertThat(jdbc.sql(
                                "select count(*) from people.diagnostic_score s join people.teacher t on t.id = s.teacher_id"
                                        + " where t.school_id = ?")
                        .param(weak.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        load(
                methodist,
                "/people",
                "diagnostics",
                SCORES
                        + weak.code() + ";" + TEACHER + ";ДФ-1;" + day + ";1;2\n"
                        + weak.code() + ";" + TEACHER + ";ДФ-1;" + day + ";2;1\n"
                        + weak.code() + ";Лебедев Олег Ильич;ДФ-1;" + day + ";1;1\n"
                        + weak.code() + ";Лебедев Олег Ильич;ДФ-1;" + day + ";2;3\n");

        load(
                methodist,
                "/people",
                "course-catalogue",
                "Организация;Курс;Часы;Коды умений\n"
                        + "ИРО;Графики движения на уроках физики;36;PH.2\n"
                        + "ИРО;Кинематика: трудные темы;24;PH.2, PH.1\n");
        load(
                director,
                schoolPage,
                "courses",
                "Код ОО;Учитель;Организация;Курс;Часы;Начало;Окончание\n" + weak.code() + ";" + TEACHER
                        + ";ИРО;Графики движения на уроках физики;36;01.02.2026;20.02.2026\n");

        // the form enrols the other teacher (no end yet); an end before the start is refused
        UUID lebedev = jdbc.sql(
                        "select id from people.teacher where school_id = ? and full_name = 'Лебедев Олег Ильич'")
                .param(weak.id())
                .query(UUID.class)
                .single();
        UUID kinematics = jdbc.sql(
                        "select id from people.course where region_id = ? and title = 'Кинематика: трудные темы'")
                .param(region.region().id())
                .query(UUID.class)
                .single();
        director.postWithCsrf(
                schoolPage + "/courses",
                schoolPage,
                Map.of(
                        "teacher",
                        lebedev.toString(),
                        "course",
                        kinematics.toString(),
                        "started",
                        "2026-03-10",
                        "completed",
                        "2026-03-01"));
        assertThat(director.get(schoolPage).body()).contains("Дата окончания курса раньше даты начала.");
        director.postWithCsrf(
                schoolPage + "/courses",
                schoolPage,
                Map.of(
                        "teacher",
                        lebedev.toString(),
                        "course",
                        kinematics.toString(),
                        "started",
                        "2026-03-10",
                        "certificate",
                        ""));
        assertThat(director.get(schoolPage).body())
                .contains("Курс педагога сохранён.")
                .contains("10.03.2026 – обучается");
        assertThat(OporaHttp.sheet(
                        director.download(schoolPage + "/export?table=courses").body()))
                .anySatisfy(r -> assertThat(r).contains("Лебедев Олег Ильич", "Кинематика: трудные темы"));

        // the school's loop: the skill, the teacher, the deficit, the course, and the next ВПР beside the region
        String loop = director.get(schoolPage + "/loop?year=" + YEAR).body();
        assertThat(loop)
                .contains("Графики движения")
                .contains("5 кл., № 2 — 0 % (регион 50 %)")
                .contains(TEACHER)
                .contains("дефицит: 25 %")
                .contains("Графики движения на уроках физики (20.02.2026)")
                .contains("Кинематика: трудные темы")
                .contains("лучше региона");
        assertThat(loop).doesNotContain("Лебедев"); // no class of his wrote the weak task
        var api = new OporaHttp(port).api("/api/v1/people/schools/" + weak.id() + "/loop?year=" + YEAR, directorName);
        assertThat(api.body()).contains("\"outcome\":\"BETTER\"");

        // the teacher's card recommends the course not taken, naming the deficit and the weak class
        UUID teacher = jdbc.sql("select id from people.teacher where school_id = ? and full_name = ?")
                .params(weak.id(), TEACHER)
                .query(UUID.class)
                .single();
        assertThat(director.get("/people/teachers/" + teacher).body())
                .contains("Кинематика: трудные темы")
                .contains(
                        "дефицит «Графики движения» по диагностике «Диагностика учителей физики» от 15.01.2026: 25 %");

        // the municipal methodist: the overview and M4 (the school is no ШНОР: it counts among the others)
        var mmethodist = OporaHttp.as(port, users.create(Role.MUNICIPAL_METHODIST, region.municipality(0)));
        assertThat(OporaHttp.sheet(
                        mmethodist.download("/people/loop/export?year=" + YEAR).body()))
                .anySatisfy(r -> assertThat(r)
                        .containsExactly(
                                weak.code() + " " + weak.name(), "нет", "1.0", "1.0", "1.0", "1.0", "0.0", "100.0"));
        String training = mmethodist.get("/people/training?year=2026").body();
        assertThat(training).contains("Остальные школы: обучены 1 из 1 (100,0 %)");
        // a school on the region's list counts as ШНОР until it exits
        jdbc.sql("""
                        insert into identification.shnor_status (school_id, school_path, region_id, state, source, entry_year)
                        values (?, ?, ?, 'CANDIDATE', 'REGIONAL_LIST', 2026)""")
                .params(weak.id(), weak.path().value(), region.region().id())
                .update();
        assertThat(mmethodist.get("/people/training?year=2026").body())
                .contains("ШНОР: обучены 1 из 1 педагогов с дефицитами (100,0 %)")
                .contains("Остальные школы: обучены 0 из 0");
        jdbc.sql("update identification.shnor_status set state = 'EXITED' where school_id = ?")
                .param(weak.id())
                .update();
        assertThat(mmethodist.get("/people/training?year=2026").body())
                .contains("Остальные школы: обучены 1 из 1 (100,0 %)");
        assertThat(mmethodist.get("/people/diagnostics").body()).contains("Графики движения");

        // scope and names: another municipality sees nothing; a coordinator sees no names
        var other = OporaHttp.as(port, users.create(Role.MUNICIPAL_METHODIST, region.municipality(1)));
        assertThat(other.get(schoolPage + "/loop").status()).isEqualTo(404);
        assertThat(other.get("/people/teachers/" + teacher).status()).isEqualTo(404);
        var coordinator = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0)));
        assertThat(coordinator.get(schoolPage + "/loop?year=" + YEAR).body())
                .doesNotContain(TEACHER)
                .contains("Педагог ");
    }

    @Test
    void aPrimaryClassTeacherIsFollowedInEverySubjectOfTheClass() throws Exception {
        var region = regions.create();
        var weak = region.school(0);
        UUID before = vpr(YEAR + 10, "OM", 4);
        vpr(YEAR + 11, "OM", 4);
        results.load(
                before,
                region.scope(),
                TestResults.HEADER + works(weak, "4А", "1;0;2;2") + works(region.school(1), "4А", "1;1;2;2"));
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, weak));
        String schoolPage = "/people/schools/" + weak.id();
        load(
                director,
                schoolPage,
                "teachers",
                "Код ОО;ФИО;Предметы;Категория\n" + weak.code() + ";Орлова Вера Павловна;Начальные классы;первая\n");
        load(
                director,
                schoolPage,
                "classes",
                "Код ОО;Учебный год;Класс;Предмет;Учитель\n" + weak.code() + ";" + (YEAR + 9)
                        + ";4А;Начальные классы;Орлова Вера Павловна\n");
        // the class wrote «Окружающий мир»; its teacher is the primary teacher, who teaches it every subject
        assertThat(director.get(schoolPage + "/loop?year=" + (YEAR + 10)).body())
                .contains("4 кл., № 2 — 0 % (регион 50 %)")
                .contains("Орлова Вера Павловна");
    }

    private UUID physics(int year) {
        return vpr(year, "PH", 5);
    }

    private UUID vpr(int year, String subject, int grade) {
        return catalogue.idOf(AssessmentKind.VPR, year, subject, grade).orElseGet(() -> {
            var tasks = new ArrayList<Task>();
            int[] max = {1, 1, 2, 2};
            String[] skills = {"Измерения", "Графики движения", "Силы", "Энергия"};
            for (int i = 0; i < 4; i++)
                tasks.add(new Task(
                        i, String.valueOf(i + 1), max[i], subject + "." + (i + 1), skills[i], Difficulty.BASIC));
            return catalogue.save(new Assessment(
                    UUID.randomUUID(),
                    AssessmentKind.VPR,
                    year,
                    subject,
                    subject.equals("PH") ? "Физика" : "Окружающий мир",
                    grade,
                    tasks,
                    Scale.of(2, 4, 5, 6)));
        });
    }

    private static String works(OrgUnitRef school, String classLabel, String scores) {
        var csv = new StringBuilder();
        for (int p = 0; p < 12; p++)
            csv.append(school.code())
                    .append(";P")
                    .append(classLabel)
                    .append(p)
                    .append(';')
                    .append(classLabel)
                    .append(';')
                    .append(scores)
                    .append('\n');
        return csv.toString();
    }

    private static void load(OporaHttp who, String page, String what, String content) throws Exception {
        Path file = Files.createTempFile("people", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        var fields = new java.util.HashMap<String, String>(Map.of("_csrf", who.csrfToken(page)));
        if (page.startsWith("/people/schools/")) fields.put("back", page.substring("/people/schools/".length()));
        var response = who.postMultipartForm("/people/import/" + what, fields, what + ".csv", file);
        assertThat(response.status()).isEqualTo(302);
    }
}
