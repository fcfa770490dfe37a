package ru.opora.coordination.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.assessments.TestResults;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * The network of strong schools (issue #20) on a generated region with its traps: a school strong
 * on the skill is proposed; a school as strong but with an open objectivity flag is not (never a
 * model), nor a small school whose five works all scored, nor one just under the threshold. Then
 * a consulting centre: a host in doubt is refused, a strong host is opened, a consultation held
 * in the future or for the host itself is refused, one held is recorded and downloads as Excel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NetworkIntegrationTests {

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
    void theFinderProposesOnlyStrongObjectiveSchoolsWithEnoughWorks() {
        var region = regions.create(1, 6, java.util.function.UnaryOperator.identity());
        var strong = region.school(0);
        var flagged = region.school(1);
        var small = region.school(2);
        var almost = region.school(3);
        int year = 2040 + new java.util.Random().nextInt(50);
        String subject = "N" + Integer.toString(year, 36).toUpperCase(java.util.Locale.ROOT);
        UUID vpr = results.vprWithSkills(
                subject, "Сеть " + subject, year, 5, java.util.List.of("Умение 1", "Умение 2", "Умение 3", "Умение 4"));
        // task 2 checks the skill «subject.2»; its maximum is one point
        results.load(
                vpr,
                region.scope(),
                TestResults.HEADER
                        + TestResults.worksSolvingTask2(strong, 30, 30)
                        + TestResults.worksSolvingTask2(flagged, 30, 30)
                        + TestResults.worksSolvingTask2(small, 5, 5)
                        + TestResults.worksSolvingTask2(almost, 30, 20)
                        + TestResults.worksSolvingTask2(region.school(4), 30, 8)
                        + TestResults.worksSolvingTask2(region.school(5), 30, 8));
        jdbc.sql("""
                        insert into identification.objectivity_flag (school_id, school_path, year, code, value, threshold, evidence)
                        values (?, ?, ?, 'BOUNDARY_SPIKE', 3.1, 2.0, '{}')""").params(flagged.id(), flagged.path(), year).update();

        String methodistName = users.create(Role.REGION_METHODIST, region.region());
        var methodist = OporaHttp.as(port, methodistName);
        String query = "subject=" + subject + "&skill=" + subject + ".2&year=" + year;
        String body = methodist.get("/coordination/network?" + query).body();
        String page = body.substring(body.indexOf("id=\"candidates\""), body.indexOf("id=\"centres\""));
        assertThat(page).contains(strong.name()).contains("100,0 %");
        assertThat(page)
                .doesNotContain(flagged.name())
                .doesNotContain(small.name())
                .doesNotContain(almost.name());
        String api = methodist
                .api("/api/v1/coordination/network?" + query, methodistName)
                .body();
        assertThat(api).contains(strong.id().toString());
        assertThat(api.split("\"school\"", -1).length - 1).isEqualTo(1);
        assertThat(OporaHttp.sheet(methodist
                                .download("/coordination/network/export?" + query)
                                .body())
                        .toString())
                .contains(strong.name());

        // a consulting centre: not at a school in doubt; at the strong school it opens
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        var centre = Map.of(
                "name", "Консультационный центр по математике",
                "subjects", "Математика: текстовые задачи",
                "schedule", "вторник, 15:00–17:00",
                "contact", "методист, +7 900 000-00-00");
        var withFlagged = new java.util.HashMap<>(centre);
        withFlagged.put("host", flagged.id().toString());
        admin.postWithCsrf("/coordination/centres", "/coordination/network", withFlagged);
        assertThat(admin.get("/coordination/network").body()).contains("не может быть консультационным центром");
        var withStrong = new java.util.HashMap<>(centre);
        withStrong.put("host", strong.id().toString());
        String at = admin.postWithCsrf("/coordination/centres", "/coordination/network", withStrong)
                .location()
                .replaceFirst("^https?://[^/]+", "");
        assertThat(at).startsWith("/coordination/centres/");

        // the host records its consultations: not in the future, not for itself
        var host = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, strong));
        var consultation = new java.util.HashMap<>(Map.of(
                "heldOn",
                LocalDate.now().plusDays(3).toString(),
                "school",
                almost.id().toString(),
                "topic",
                "Текстовые задачи в 5 классе",
                "consultant",
                "учитель математики высшей категории"));
        host.postWithCsrf(at + "/consultations", at, consultation);
        assertThat(host.get(at).body()).contains("Укажите дату прошедшей консультации");
        consultation.put("heldOn", LocalDate.now().toString());
        consultation.put("school", strong.id().toString());
        host.postWithCsrf(at + "/consultations", at, consultation);
        assertThat(host.get(at).body()).contains("не саму школу-базу");
        consultation.put("school", almost.id().toString());
        host.postWithCsrf(at + "/consultations", at, consultation);
        assertThat(OporaHttp.sheet(host.download(at + "/export").body()).toString())
                .contains(almost.name())
                .contains("Текстовые задачи в 5 классе");
        // another region does not see the centre
        var stranger = OporaHttp.as(
                port, users.create(Role.REGION_ADMIN, regions.create().region()));
        assertThat(stranger.get(at).status()).isEqualTo(404);
    }
}
