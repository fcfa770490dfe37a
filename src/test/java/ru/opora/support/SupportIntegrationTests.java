package ru.opora.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * Curators over HTTP: a profile's bad field is named, the suggested matching keeps a curator out of
 * their own school and covers the chosen risk, an assignment opens the school to the curator and its
 * end closes it, the curator logs visits, and a municipality sees only its ШНОР.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupportIntegrationTests {

    static final int YEAR = 2046;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    List<OrgUnitRef> schools;

    @Test
    void curatorsAreMatchedAssignedAndLogTheirVisits() throws Exception {
        var test = regions.create();
        schools = test.schoolsOf(test.municipality(1));
        assertThat(schools).hasSize(3);
        UUID municipality = test.municipality(1).id();
        UUID region = test.region().id();
        String adminUser = users.create(Role.REGION_ADMIN, test.region());
        String municipalUser = users.create(Role.MUNICIPAL_COORDINATOR, test.municipality(0));
        String teacherUser = users.create(Role.TEACHER, test.school(0));
        String firstCurator = users.create(Role.CURATOR);
        String secondCurator = users.create(Role.CURATOR);
        for (var s : schools)
            jdbc.sql("""
                            insert into identification.shnor_status (school_id, school_path, region_id, state, source, entry_year)
                            values (?, ?, ?, 'CONFIRMED', 'REGIONAL_LIST', ?)""").params(s.id(), s.path(), region, YEAR).update();
        UUID a = id(0);
        UUID c = id(2);
        jdbc.sql("""
                        insert into risk.self_diagnosis (school_id, school_path, cohort_year, entries, updated_by)
                        values (?, ?, ?, '[{"factorCode":"EQUIPMENT","actual":true,"measures":"","selected":true}]', 'test')""").params(c, schools.get(2).path(), YEAR).update();

        var admin = OporaHttp.as(port, adminUser);
        String profile = "/support/curators/" + firstCurator;
        var bad = admin.postWithCsrf(profile, profile, Map.of("caseloadLimit", "сто", "ownSchool", "000000"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body())
                .contains("Предельная нагрузка — целое число от 0 до 50")
                .contains("Школы с таким кодом нет в регионе");
        assertThat(jdbc.sql("select count(*) from support.curator where username = ?")
                        .param(firstCurator)
                        .query(Long.class)
                        .single())
                .isZero();
        save(
                admin,
                firstCurator,
                Map.of(
                        "municipality",
                        municipality.toString(),
                        "caseloadLimit",
                        "2",
                        "expertise",
                        "EQUIPMENT",
                        "ownSchool",
                        schools.getFirst().code()));
        save(admin, secondCurator, Map.of("caseloadLimit", "1"));

        var curator = OporaHttp.as(port, firstCurator);
        assertThat(curator.get("/support/schools/" + c + "/visits").status()).isEqualTo(404);

        String matching = admin.get("/support/matching?year=" + YEAR).body();
        assertThat(matching).contains(schools.get(2).code());
        var accepted = admin.postWithCsrf(
                "/support/matching", "/support/matching?year=" + YEAR, Map.of("year", String.valueOf(YEAR)));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(curatorOf(a)).as("never the curator's own school").isEqualTo(secondCurator);
        assertThat(curatorOf(c)).isEqualTo(firstCurator);
        assertThat(jdbc.sql("select reason from support.assignment where school_id = ? and ended_at is null")
                        .param(c)
                        .query(String.class)
                        .single())
                .startsWith("По предложению")
                .contains("Низкий уровень оснащения школы")
                .doesNotContain("EQUIPMENT");

        var own = admin.postWithCsrf(
                "/support/assignments",
                "/support?year=" + YEAR,
                Map.of("school", a.toString(), "curator", firstCurator, "year", String.valueOf(YEAR)));
        assertThat(own.status()).isEqualTo(302);
        assertThat(admin.get("/support?year=" + YEAR).body()).contains("Куратор не может курировать свою школу");
        // found by code; «without a curator» leaves out the schools that have one
        String third = schools.get(2).code();
        assertThat(admin.get("/support?year=" + YEAR + "&q=" + third).body())
                .contains("ШНОР: 1")
                .contains(third + " " + schools.get(2).name());
        assertThat(admin.get("/support?year=" + YEAR + "&q=" + third + "&without=true")
                        .body())
                .doesNotContain(third + " " + schools.get(2).name());
        assertThat(admin.get("/support?year=" + YEAR + "&page=99&cpage=-3").status())
                .isEqualTo(200);

        String visits = "/support/schools/" + c + "/visits";
        assertThat(curator.get(visits).status()).isEqualTo(200);
        var future = curator.postWithCsrf(
                visits,
                visits,
                Map.of("date", LocalDate.now().plusDays(5).toString(), "format", "ON_SITE", "purpose", ""));
        assertThat(future.body()).contains("Дата визита ещё не наступила").contains("Укажите цель визита");
        curator.postWithCsrf(
                visits,
                visits,
                Map.of(
                        "date",
                        LocalDate.now().toString(),
                        "format",
                        "ON_SITE",
                        "purpose",
                        "Знакомство с командой школы",
                        "findings",
                        "Нет плана по оснащению",
                        "recommendations",
                        "Составить заявку учредителю"));
        assertThat(admin.get(visits).body())
                .contains("Знакомство с командой школы")
                .contains("Составить заявку учредителю");

        // an attachment: a program renamed to .pdf is refused with the visit, a real PDF is kept and opened in scope
        // only
        var fake = java.nio.file.Files.createTempFile("visit-", ".pdf");
        java.nio.file.Files.writeString(fake, "MZ not a pdf");
        var refused = curator.postMultipartForm(visits, visitFields(curator, visits), "протокол.pdf", fake);
        assertThat(refused.body()).contains("его содержимое не похоже на pdf");
        assertThat(visitCount(c)).isEqualTo(1);
        var pdf = java.nio.file.Files.createTempFile("visit-", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4 протокол");
        curator.postMultipartForm(visits, visitFields(curator, visits), "протокол.pdf", pdf);
        assertThat(visitCount(c)).isEqualTo(2);
        UUID file = jdbc.sql(
                        "select f.id from support.visit_file f join support.visit v on v.id = f.visit_id where v.school_id = ?")
                .param(c)
                .query(UUID.class)
                .single();
        assertThat(admin.download("/support/visits/files/" + file).body())
                .isEqualTo(java.nio.file.Files.readAllBytes(pdf));
        assertThat(OporaHttp.as(port, municipalUser)
                        .download("/support/visits/files/" + file)
                        .status())
                .isEqualTo(404);
        var teacher = OporaHttp.as(port, teacherUser);
        assertThat(teacher.get("/support").status()).isEqualTo(403);

        var municipal = OporaHttp.as(port, municipalUser);
        assertThat(municipal.get("/support?year=" + YEAR).body())
                .doesNotContain(schools.get(2).code());

        admin.postWithCsrf(
                "/support/assignments/end",
                "/support?year=" + YEAR,
                Map.of("school", c.toString(), "year", String.valueOf(YEAR)));
        assertThat(curator.get(visits).status()).isEqualTo(404);
        assertThat(jdbc.sql(
                                "select count(*) from identity.audit_event where entity_type = 'CURATOR_ASSIGNMENT' and actor = ?")
                        .param(adminUser)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
    }

    private static Map<String, String> visitFields(OporaHttp who, String page) {
        return Map.of(
                "_csrf",
                who.csrfToken(page),
                "date",
                LocalDate.now().toString(),
                "format",
                "ONLINE",
                "purpose",
                "Разбор уроков математики");
    }

    private long visitCount(UUID school) {
        return jdbc.sql("select count(*) from support.visit where school_id = ?")
                .param(school)
                .query(Long.class)
                .single();
    }

    private UUID id(int i) {
        return schools.get(i).id();
    }

    private void save(OporaHttp admin, String username, Map<String, String> fields) {
        String page = "/support/curators/" + username;
        var saved = admin.postWithCsrf(page, page, fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    }

    private String curatorOf(UUID school) {
        return jdbc.sql(
                        "select curator from support.assignment where school_id = ? and cohort_year = ? and ended_at is null")
                .params(school, YEAR)
                .query(String.class)
                .single();
    }
}
