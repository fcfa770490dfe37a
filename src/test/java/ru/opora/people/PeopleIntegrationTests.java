package ru.opora.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * A school's teachers and classes (issue #18): files refused row by row with nothing saved, then
 * taken; names shown inside the school and to methodists, «Педагог N» to coordinators; nobody
 * outside the scope; the form checks each field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PeopleIntegrationTests {

    static final String TEACHERS = "Код ОО;ФИО;Предметы;Категория;Стаж, лет;Возраст, лет;Должность\n";
    static final String CLASSES = "Код ОО;Учебный год;Класс;Предмет;Учитель\n";

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSchoolLoadsItsTeachersAndClassesAllOrNothing() throws Exception {
        var region = regions.create();
        var school = region.school(0);
        String page = "/people/schools/" + school.id();
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, school));
        assertThat(director.get("/people").location()).endsWith(page);

        String code = school.code();
        var bad = director.postMultipartForm(
                "/people/import/teachers",
                Map.of("_csrf", director.csrfToken(page), "back", school.id().toString()),
                "педагоги.csv",
                file(TEACHERS
                        + code + ";Иванова Мария Петровна;Математика;высшая;25;52;учитель\n"
                        + code + ";Иванова  мария петровна;Алгебра;первая;3;29;учитель\n"
                        + code + ";Петров Олег Ильич;Астрология;первая;3;29;учитель\n"
                        + code + ";Сидорова Анна Юрьевна;Русский язык;заслуженная;10;40;учитель\n"));
        assertThat(bad.status()).isEqualTo(302);
        assertThat(director.get(page).body())
                .contains("строка 3, столбец «ФИО»: педагог")
                .contains("уже есть в файле выше")
                .contains("строка 4, столбец «Предметы»: предмета «Астрология» нет в перечне")
                .contains("строка 5, столбец «Категория»: категория «заслуженная» не распознана");
        assertThat(count("people.teacher", school)).isZero();

        director.postMultipartForm(
                "/people/import/teachers",
                Map.of("_csrf", director.csrfToken(page), "back", school.id().toString()),
                "педагоги.csv",
                file(TEACHERS
                        + code + ";Иванова Мария Петровна;Математика, алгебра;высшая;25;52;учитель\n"
                        + code + ";Петров Олег Ильич;Русский язык, литература;первая;3;29;учитель\n"
                        + code + ";Сидорова Анна Юрьевна;Русский язык;;30;63;заместитель директора\n"));
        assertThat(count("people.teacher", school)).isEqualTo(3);
        var read = director.get(page).body();
        assertThat(read)
                .contains("Иванова Мария Петровна")
                .contains("Русский язык, Литература")
                .contains("60 лет и старше");

        var twoTeachers = director.postMultipartForm(
                "/people/import/classes",
                Map.of("_csrf", director.csrfToken(page), "back", school.id().toString()),
                "классы.csv",
                file(CLASSES
                        + code + ";2026;5А;Математика;Иванова Мария Петровна\n"
                        + code + ";2026;5 а;математика;Петров Олег Ильич\n"
                        + code + ";2026;6Б;Русский язык;Орлова Нина Ивановна\n"));
        assertThat(twoTeachers.status()).isEqualTo(302);
        assertThat(director.get(page).body())
                .contains("строка 3, столбец «Класс»: у класса уже есть учитель этого предмета выше в файле")
                .contains("педагога «Орлова Нина Ивановна» нет среди педагогов школы");
        assertThat(count("people.class_teacher", school)).isZero();
        director.postMultipartForm(
                "/people/import/classes",
                Map.of("_csrf", director.csrfToken(page), "back", school.id().toString()),
                "классы.csv",
                file(CLASSES
                        + code + ";2026;5А;Математика;Иванова Мария Петровна\n"
                        + code + ";2026;5А;Русский язык;Петров Олег Ильич\n"));
        assertThat(count("people.class_teacher", school)).isEqualTo(2);
        assertThat(director.get(page + "?year=2026").body()).contains("5А").contains("Петров Олег Ильич");
        assertThat(OporaHttp.sheet(director.download(page + "/export").body()))
                .anySatisfy(r -> assertThat(r).startsWith("Иванова Мария Петровна"));

        // completed courses (this year's: the overview counts the current year): the end before the start
        // and an unknown teacher are refused, then taken
        int y = java.time.Year.now().getValue();
        String courses = "Код ОО;Учитель;Организация;Курс;Часы;Начало;Окончание;Номер удостоверения\n";
        director.postMultipartForm(
                "/people/import/courses",
                Map.of("_csrf", director.csrfToken(page), "back", school.id().toString()),
                "кпк.csv",
                file(courses
                        + code
                        + ";Иванова Мария Петровна;ИРО;Формирующее оценивание на уроках математики;72;10.03." + y
                        + ";01.03." + y + ";1\n"
                        + code + ";Орлова Нина Ивановна;ИРО;Читательская грамотность;36;01.02." + y + ";20.02." + y
                        + ";2\n"));
        assertThat(director.get(page).body())
                .contains("строка 2, столбец «Окончание»: курс окончен 01.03." + y + " — раньше, чем начат (10.03." + y
                        + ")")
                .contains("педагога «Орлова Нина Ивановна» нет среди педагогов школы");
        director.postMultipartForm(
                "/people/import/courses",
                Map.of("_csrf", director.csrfToken(page), "back", school.id().toString()),
                "кпк.csv",
                file(courses + code
                        + ";Иванова Мария Петровна;ИРО;Формирующее оценивание на уроках математики;72;01.03." + y
                        + ";20.03." + y + ";0412\n"));
        assertThat(director.get(page).body())
                .contains("Формирующее оценивание на уроках математики")
                .contains("0412");
        var overview = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0)))
                .get("/people")
                .body();
        assertThat(overview).contains("Прошли КПК в " + y).contains("1 (33,3 %)");
        assertThat(OporaHttp.sheet(OporaHttp.as(port, users.create(Role.MUNICIPAL_METHODIST, region.municipality(0)))
                        .download("/people/export")
                        .body()))
                .anySatisfy(r -> assertThat(r.getFirst() + " | " + r)
                        .startsWith(code + " ")
                        .contains("3.0", "1.0"));
    }

    @Test
    void namesAreForTheSchoolItsCuratorAndMethodistsOnly() throws Exception {
        var region = regions.create();
        var school = region.school(0);
        String page = "/people/schools/" + school.id();
        jdbc.sql("""
                        insert into people.teacher (id, school_id, school_path, full_name, subjects, category, updated_by)
                        values (gen_random_uuid(), ?, ?, 'Иванова Мария Петровна', '{MA}', 'HIGHEST', 'test')""").params(school.id(), school.path().value()).update();
        assertThat(OporaHttp.as(port, users.create(Role.CURATOR, school))
                        .get(page)
                        .body())
                .contains("Иванова Мария Петровна");
        assertThat(OporaHttp.as(port, users.create(Role.MUNICIPAL_METHODIST, region.municipality(0)))
                        .get(page)
                        .body())
                .contains("Иванова Мария Петровна");
        var coordinator = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0)));
        assertThat(coordinator.get(page).body()).contains("Педагог 1").doesNotContain("Иванова");
        assertThat(OporaHttp.sheet(coordinator.download(page + "/export").body()))
                .noneSatisfy(r -> assertThat(r.toString()).contains("Иванова"));
        assertThat(coordinator.get("/people").body()).contains(school.code()).doesNotContain("Иванова");
        assertThat(OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1)))
                        .get(page)
                        .status())
                .isEqualTo(404);
        assertThat(OporaHttp.as(port, users.create(Role.TEACHER, school))
                        .get(page)
                        .status())
                .isEqualTo(403);
        assertThat(coordinator
                        .postWithCsrf(page + "/teachers", "/people", Map.of("fullName", "X"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theFormChecksEachFieldAndLinksTheTeachersAccount() {
        var region = regions.create();
        var school = region.school(0);
        String page = "/people/schools/" + school.id();
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, school));
        String account = users.create(Role.TEACHER, school);
        var refused = new java.util.LinkedHashMap<String, String>();
        refused.put("fullName", "Новикова Анна Игоревна");
        refused.put("experience", "сорок");
        refused.put("email", "не почта");
        refused.put("username", "someone-else");
        director.postWithCsrf(page + "/teachers", page, refused);
        assertThat(director.get(page).body())
                .contains("Отметьте хотя бы один предмет.")
                .contains("Стаж «сорок» — не число лет от 0 до 70.")
                .contains("«не почта» — не адрес электронной почты.")
                .contains("Учётной записи учителя «someone-else» в этой школе нет.");
        assertThat(count("people.teacher", school)).isZero();
        var good = new java.util.LinkedHashMap<String, String>();
        good.put("fullName", "Новикова Анна Игоревна");
        good.put("subjects", "MA");
        good.put("category", "FIRST");
        good.put("experience", "4");
        good.put("age", "27");
        good.put("email", "novikova@school.example");
        good.put("username", account);
        assertThat(director.postWithCsrf(page + "/teachers", page, good).status())
                .isEqualTo(302);
        assertThat(director.get(page).body())
                .contains("Сведения о педагоге «Новикова Анна Игоревна» сохранены.")
                .contains("до 35 лет");
        assertThat(jdbc.sql("select username from people.teacher where school_id = ?")
                        .param(school.id())
                        .query(String.class)
                        .single())
                .isEqualTo(account);
        assertThat(jdbc.sql("select count(*) from identity.audit_event where entity_type = 'TEACHER'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void theApiLoadsFilesAsJobsAndReadsInScopeWithTheSameNamesRule() {
        var region = regions.create();
        var school = region.school(0);
        String methodist = users.create(Role.REGION_METHODIST, region.region());
        String auth = OporaHttp.basic(methodist, TestUsers.PASSWORD);
        var api = new OporaHttp(port);
        var accepted = api.postMultipart(
                "/api/v1/imports/teachers",
                "teachers.csv",
                (TEACHERS + school.code() + ";Иванова Мария Петровна;Математика;высшая;25;52;учитель\n")
                        .getBytes(StandardCharsets.UTF_8),
                auth);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String href = accepted.location().replaceFirst("^https?://[^/]+", "");
        String job;
        do {
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
            job = api.getAuth(href, auth).body();
        } while (!job.contains("\"DONE\"") && !job.contains("\"FAILED\""));
        assertThat(job).contains("\"DONE\"");
        assertThat(count("people.teacher", school)).isEqualTo(1);

        String staff = "/api/v1/people/schools/" + school.id();
        assertThat(api.getAuth(staff, auth).body())
                .contains("Иванова Мария Петровна")
                .contains("\"HIGHEST\"");
        String coordinator =
                OporaHttp.basic(users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0)), TestUsers.PASSWORD);
        assertThat(api.getAuth(staff, coordinator).body()).contains("Педагог 1").doesNotContain("Иванова");
        assertThat(api.getAuth(
                                staff,
                                OporaHttp.basic(
                                        users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1)),
                                        TestUsers.PASSWORD))
                        .status())
                .isEqualTo(404);
        assertThat(api.postMultipart("/api/v1/imports/teachers", "t.csv", new byte[] {1}, coordinator)
                        .status())
                .isEqualTo(403);
    }

    private long count(String table, ru.opora.orgunits.OrgUnitRef school) {
        return jdbc.sql("select count(*) from " + table + " where school_id = ?")
                .param(school.id())
                .query(Long.class)
                .single();
    }

    private static Path file(String content) throws java.io.IOException {
        Path f = Files.createTempFile("people", ".csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }
}
