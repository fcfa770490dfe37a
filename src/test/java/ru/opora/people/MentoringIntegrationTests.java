package ru.opora.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
 * Mentoring and lesson observation (issue #18): a pair of two teachers of the school with the
 * mentee's plan, measures done and overdue; an observation scored by the region's protocol, each
 * criterion within its maximum; a new protocol version for new observations while old ones keep
 * theirs; the region alone changes the protocol; another municipality sees nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MentoringIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSchoolKeepsItsPairsPlansAndObservations() {
        var region = regions.create();
        var school = region.school(0);
        UUID mentor = teacher(school, "Белова Нина Петровна");
        UUID mentee = teacher(school, "Юдин Артём Сергеевич");
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, school));
        String page = "/people/schools/" + school.id() + "/mentoring";

        var same = director.postWithCsrf(
                page + "/pairs",
                page,
                Map.of(
                        "mentor",
                        mentor.toString(),
                        "mentee",
                        mentor.toString(),
                        "form",
                        "YOUNG_SPECIALIST",
                        "starts",
                        "2026-09-01",
                        "ends",
                        "2026-06-30"));
        assertThat(same.status()).isEqualTo(302);
        assertThat(director.get(page).body())
                .contains("Наставник и наставляемый — один и тот же педагог.")
                .contains("Окончание наставничества раньше его начала.");
        assertThat(count("people.mentoring_pair", school)).isZero();
        director.postWithCsrf(
                page + "/pairs",
                page,
                Map.of(
                        "mentor",
                        mentor.toString(),
                        "mentee",
                        mentee.toString(),
                        "form",
                        "YOUNG_SPECIALIST",
                        "starts",
                        "2025-09-01",
                        "ends",
                        "2027-06-30",
                        "goal",
                        "Освоить формирующее оценивание"));
        UUID pair = jdbc.sql("select id from people.mentoring_pair where school_id = ?")
                .param(school.id())
                .query(UUID.class)
                .single();
        director.postWithCsrf(
                page + "/pairs/" + pair + "/plan",
                page,
                Map.of("title", "Посетить 5 уроков наставника", "due", "2025-10-15"));
        director.postWithCsrf(
                page + "/pairs/" + pair + "/plan",
                page,
                Map.of("title", "Провести открытый урок", "due", "2099-12-20"));
        UUID first = jdbc.sql("select id from people.development_item where pair_id = ? and due_on = '2099-12-20'")
                .param(pair)
                .query(UUID.class)
                .single();
        director.postWithCsrf(
                page + "/plan/" + first + "/done", page, Map.of("result", "Урок проведён, 8 баллов из 14"));
        String read = director.get(page).body();
        assertThat(read)
                .contains("Белова Нина Петровна → Юдин Артём Сергеевич")
                .contains("опытный педагог — молодой специалист")
                .contains("ИОМ: выполнено 1 из 2")
                .contains("просрочено")
                .contains("Урок проведён, 8 баллов из 14");

        // an observation: a score above a criterion's maximum and an observer observing themselves are refused
        var bad = new HashMap<>(observation(mentor, mentor));
        bad.put("score.GOALS", "3");
        director.postWithCsrf("/people/schools/" + school.id() + "/observations", page, bad);
        assertThat(director.get(page).body())
                .contains("Учитель не посещает собственный урок")
                .contains("Критерий «Цели урока поставлены и понятны обучающимся»: балл от 0 до 2.");
        assertThat(count("people.lesson_observation", school)).isZero();
        var good = new HashMap<>(observation(mentee, mentor));
        good.put("pair", pair.toString());
        director.postWithCsrf("/people/schools/" + school.id() + "/observations", page, good);
        assertThat(director.get(page).body()).contains("наставничество").contains("71,4");
        var sheet = OporaHttp.sheet(
                director.download(page + "/export?table=observations").body());
        assertThat(sheet).anySatisfy(r -> assertThat(r).contains("Юдин Артём Сергеевич", "Белова Нина Петровна", "5А"));

        // the region changes the protocol: a school cannot; the new version scores new observations only
        assertThat(director.get("/people/settings/observation-protocol").status())
                .isEqualTo(404);
        var methodist = OporaHttp.as(port, users.create(Role.REGION_METHODIST, region.region()));
        String settings = "/people/settings/observation-protocol";
        methodist.postWithCsrf(settings, settings, Map.of("criteria", "Цель урока;11\n", "reason", ""));
        assertThat(methodist.get(settings).body())
                .contains("с баллом от 1 до 10")
                .contains("Укажите причину");
        methodist.postWithCsrf(
                settings,
                settings,
                Map.of(
                        "criteria",
                        "Цель урока;2\nРабота со слабыми умениями ВПР;3\n",
                        "reason",
                        "Решение методсовета"));
        assertThat(methodist.get(settings).body()).contains("Версия 1: Решение методсовета");
        assertThat(director.get(page).body())
                .contains("Протокол посещения урока (версия 1)")
                .contains("71,4");

        var other = OporaHttp.as(port, users.create(Role.MUNICIPAL_METHODIST, region.municipality(1)));
        assertThat(other.get(page).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/people/schools/" + school.id() + "/mentoring")
                        .status())
                .isIn(401, 404);
    }

    private static Map<String, String> observation(UUID teacher, UUID observer) {
        var form = new HashMap<String, String>(Map.of(
                "teacher",
                teacher.toString(),
                "observer",
                observer.toString(),
                "purpose",
                "MENTORING",
                "classLabel",
                "5А",
                "subject",
                "MA",
                "observedOn",
                "2026-10-05",
                "comments",
                "Мало обратной связи"));
        // 10 of 14 points: 71,4 %
        String[] codes = {"GOALS", "STRUCTURE", "ACTIVITY", "DIFFERENTIATION", "FEEDBACK", "WEAK_SKILLS", "REFLECTION"};
        int[] scores = {2, 2, 2, 1, 0, 2, 1};
        for (int i = 0; i < codes.length; i++) form.put("score." + codes[i], String.valueOf(scores[i]));
        return form;
    }

    private UUID teacher(OrgUnitRef school, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into people.teacher (id, school_id, school_path, full_name, subjects, category, updated_by)
                        values (?, ?, ?, ?, '{MA}', 'FIRST', 'test')""").params(id, school.id(), school.path().value(), name).update();
        return id;
    }

    private int count(String table, OrgUnitRef school) {
        return jdbc.sql("select count(*) from " + table + " where school_id = ?")
                .param(school.id())
                .query(Integer.class)
                .single();
    }
}
