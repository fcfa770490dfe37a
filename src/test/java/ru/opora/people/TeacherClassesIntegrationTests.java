package ru.opora.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.assessments.TestResults;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * A teacher sees the results of the classes they teach and nothing else of the school's; the
 * school and its curator see each class with its teacher.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeacherClassesIntegrationTests {

    static final int YEAR = 2057;

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestResults results;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTeacherOpensOnlyTheClassesTheyTeach() {
        var region = regions.create();
        var school = region.school(0);
        var csv = new StringBuilder(TestResults.HEADER);
        for (int p = 0; p < 4; p++)
            csv.append(school.code())
                    .append(";T")
                    .append(p)
                    .append(p < 2 ? ";5А;" : ";5Б;")
                    .append("1;1;2;2\n");
        UUID assessment = results.vpr("MA", YEAR, 5);
        results.load(assessment, region.scope(), csv.toString());
        String account = users.create(Role.TEACHER, school);
        UUID ivanova = teacher(school, "Иванова Мария Петровна", account);
        UUID petrov = teacher(school, "Петров Олег Ильич", null);
        assign(school, "5А", ivanova);
        assign(school, "5Б", petrov);

        var teacher = OporaHttp.as(port, account);
        String classes = "/results/" + assessment + "/schools/" + school.id() + "/classes/";
        assertThat(teacher.get("/people/mine").body())
                .contains("Иванова Мария Петровна")
                .contains("5А")
                .contains(classes + "5А")
                .doesNotContain("5Б");
        assertThat(teacher.get(classes + "5А").status()).isEqualTo(200);
        assertThat(teacher.get(classes + "5Б").status()).isEqualTo(404);
        assertThat(teacher.get("/results/" + assessment + "/schools/" + school.id())
                        .status())
                .isEqualTo(403);
        assertThat(teacher.get("/results/" + assessment).status()).isEqualTo(403);
        assertThat(teacher.get("/results/" + assessment + "/schools/" + school.id() + "/classes.xlsx")
                        .status())
                .isEqualTo(403);
        assertThat(new OporaHttp(port)
                        .getAuth("/api/v1/results/" + assessment, OporaHttp.basic(account, TestUsers.PASSWORD))
                        .status())
                .isEqualTo(403);
        assertThat(teacher.get("/people/schools/" + school.id()).status()).isEqualTo(403);

        String unlinked = users.create(Role.TEACHER, school);
        assertThat(OporaHttp.as(port, unlinked).get(classes + "5А").status()).isEqualTo(404);
        assertThat(OporaHttp.as(port, unlinked).get("/people/mine").body()).contains("не связана с педагогом");

        for (String staff : new String[] {users.create(Role.SCHOOL_ADMIN, school), users.create(Role.CURATOR, school)})
            assertThat(OporaHttp.as(port, staff)
                            .get("/results/" + assessment + "/schools/" + school.id())
                            .body())
                    .contains("5А · Иванова Мария Петровна")
                    .contains("5Б · Петров Олег Ильич");
    }

    private UUID teacher(OrgUnitRef school, String name, String account) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into people.teacher (id, school_id, school_path, full_name, subjects, category, username, updated_by)
                        values (?, ?, ?, ?, '{MA}', 'FIRST', ?, 'test')""")
                .params(id, school.id(), school.path().value(), name, account)
                .update();
        return id;
    }

    private void assign(OrgUnitRef school, String classLabel, UUID teacher) {
        jdbc.sql("""
                        insert into people.class_teacher (school_id, school_path, school_year, class_label, subject_code, teacher_id,
                            updated_by) values (?, ?, ?, ?, 'MA', ?, 'test')""")
                .params(school.id(), school.path().value(), YEAR - 1, classLabel, teacher)
                .update();
    }
}
