package ru.opora.coordination.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
 * Meetings and assignments (issue #20, first part): the region holds a meeting, its protocol's
 * decision issues assignments to two municipalities; a deadline in the past, an assignee outside the
 * holder's scope and a report on a closed assignment are refused; one municipality accepts and
 * reports, the region returns the report once and then closes it; the other lets the deadline pass,
 * and the daily check marks it overdue and tells the region; the protocol downloads as DOCX with
 * «СЛУШАЛИ / РЕШИЛИ» and the assignments; a municipality does not see the other's assignment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeetingsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OverdueAssignments overdue;

    @Test
    void aProtocolsDecisionsBecomeAssignmentsThatAreReportedClosedOrGoOverdue() throws Exception {
        var region = regions.create();
        var other = regions.create();
        var a = region.municipality(0);
        var b = region.municipality(1);
        String adminName = users.create(Role.REGION_ADMIN, region.region());
        var admin = OporaHttp.as(port, adminName);
        // a day far enough ahead that no other run of the daily check has claimed the day after it
        LocalDate due = LocalDate.now().plusDays(100 + new java.util.Random().nextInt(20_000));

        var created = admin.postWithCsrf(
                "/coordination/meetings",
                "/coordination",
                Map.of(
                        "heldOn", LocalDate.now().toString(),
                        "title", "Заседание проектного офиса «500+»",
                        "format", "очно, зал заседаний",
                        "chair", "Министр образования",
                        "attendees", "координаторы муниципалитетов, ИРО"));
        String meeting = follow(created);
        assertThat(meeting).startsWith("/coordination/meetings/");
        admin.postWithCsrf(
                meeting + "/items",
                meeting,
                Map.of(
                        "topic", "Об итогах мониторинга",
                        "heard", "Доклад ИРО о доле ШНОР с утверждёнными программами",
                        "decided", "Муниципалитетам представить планы устранения отставания"));
        UUID item = jdbc.sql("select id from coordination.agenda_item where meeting_id = ?::uuid")
                .param(meeting.substring(meeting.lastIndexOf('/') + 1))
                .query(UUID.class)
                .single();
        String assign = meeting + "/items/" + item + "/assignments";

        // refused: a deadline in the past, an assignee of another region, no text; nothing is written
        issue(admin, meeting, assign, a.id(), LocalDate.now().minusDays(1), "Представить план");
        assertThat(admin.get(meeting).body()).contains("Срок исполнения уже прошёл");
        issue(admin, meeting, assign, other.municipality(0).id(), due, "Представить план");
        assertThat(admin.get(meeting).body()).contains("Исполнитель должен быть муниципалитетом или школой");
        issue(admin, meeting, assign, a.id(), due, " ");
        assertThat(admin.get(meeting).body()).contains("Сформулируйте поручение");
        assertThat(count(meeting)).isZero();

        issue(admin, meeting, assign, a.id(), due, "Представить план устранения отставания");
        issue(admin, meeting, assign, b.id(), due, "Представить план устранения отставания");
        assertThat(count(meeting)).isEqualTo(2);
        String page = admin.get(meeting).body();
        assertThat(page).contains(a.name()).contains(b.name()).contains("выдано");

        // municipality A accepts, reports; the region returns the report, then closes it
        var coordinatorA = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, a));
        String toA = "/coordination/assignments/" + assignmentOf(a.id());
        String toB = "/coordination/assignments/" + assignmentOf(b.id());
        assertThat(coordinatorA.get("/coordination").body()).contains("Представить план устранения отставания");
        assertThat(coordinatorA.get(toB).status()).isEqualTo(404);
        step(coordinatorA, toA, "ACCEPT", null);
        step(coordinatorA, toA, "REPORT", " ");
        assertThat(coordinatorA.get(toA).body()).contains("Напишите отчёт об исполнении");
        // a file that is not what its name says is refused before anything is saved
        coordinatorA.postPartsWithCsrf(
                toA + "/steps",
                toA,
                Map.of("step", "REPORT", "note", "План утверждён приказом № 12"),
                Map.of(
                        "file",
                        Map.entry("план.pdf", "просто текст".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(coordinatorA.get(toA).body()).contains("его содержимое не похоже на pdf");
        assertThat(state(a.id())).isEqualTo("ACCEPTED");
        coordinatorA.postPartsWithCsrf(
                toA + "/steps",
                toA,
                Map.of("step", "REPORT", "note", "План утверждён приказом № 12"),
                Map.of(
                        "file",
                        Map.entry("план.pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(state(a.id())).isEqualTo("REPORTED");
        UUID file = jdbc.sql("select f.id from coordination.assignment_file f join coordination.assignment s"
                        + " on s.id = f.assignment_id where s.assignee_id = ?")
                .param(a.id())
                .query(UUID.class)
                .single();
        assertThat(new String(admin.download(toA + "/files/" + file).body(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("%PDF");
        assertThat(admin.get(toA).body()).contains("план.pdf");
        assertThat(OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, b))
                        .get(toA + "/files/" + file)
                        .status())
                .isEqualTo(404);
        step(admin, toA, "RETURN", "Приложите сроки по каждой школе");
        assertThat(state(a.id())).isEqualTo("IN_PROGRESS");
        step(coordinatorA, toA, "REPORT", "План со сроками по школам утверждён приказом № 14");
        // the assignee cannot close its own assignment
        assertThat(coordinatorA
                        .postWithCsrf(toA + "/steps", toA, Map.of("step", "CLOSE"))
                        .status())
                .isEqualTo(403);
        step(admin, toA, "CLOSE", null);
        assertThat(state(a.id())).isEqualTo("CLOSED");
        step(coordinatorA, toA, "REPORT", "Ещё один отчёт");
        // the report on a closed assignment is refused: the page shows no step any more
        assertThat(coordinatorA.get(toA).body()).doesNotContain("id=\"do-REPORT\"");
        assertThat(jdbc.sql("select report from coordination.assignment where assignee_id = ?")
                        .param(a.id())
                        .query(String.class)
                        .single())
                .isEqualTo("План со сроками по школам утверждён приказом № 14");
        assertThat(jdbc.sql("select count(*) from coordination.assignment_event a join coordination.assignment s"
                                + " on s.id = a.assignment_id where s.assignee_id = ?")
                        .param(a.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(6);

        // three days before the deadline B's coordinator is reminded (A has reported: no reminder)
        String coordinatorB = users.create(Role.MUNICIPAL_COORDINATOR, b);
        overdue.runOnce(due.minusDays(3));
        assertThat(notifications(coordinatorB, "Напоминание: срок поручения «Представить план%"))
                .isEqualTo(1);
        // municipality B lets the deadline pass: the daily check marks it overdue and the region hears
        var marked = overdue.runOnce(due.plusDays(1));
        assertThat(marked).extracting(Assignments.Assignment::assigneeId).contains(b.id());
        assertThat(marked).extracting(Assignments.Assignment::assigneeId).doesNotContain(a.id());
        assertThat(overdue.runOnce(due.plusDays(1))).isEmpty();
        assertThat(admin.get(toB).body()).contains("просрочено с");
        assertThat(jdbc.sql("select count(*) from coordination.notification where recipient = ? and text like ?")
                        .params(adminName, b.name() + ": Поручение «Представить план%просрочено%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // the protocol as DOCX, the assignments to Excel and through the API
        var docx = admin.download(meeting + "/protocol.docx");
        try (var doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx.body()));
                var text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("ПРОТОКОЛ")
                    .contains("СЛУШАЛИ:")
                    .contains("РЕШИЛИ:")
                    .contains("Исполнитель: " + b.name());
        }
        assertThat(OporaHttp.sheet(
                        admin.download("/coordination/assignments/export").body()))
                .anySatisfy(r -> assertThat(r).contains(b.name(), "выдано, просрочено"));
        assertThat(new OporaHttp(port)
                        .api("/api/v1/coordination/assignments", adminName)
                        .body())
                .contains("\"overdue\":true")
                .contains("\"state\":\"CLOSED\"");
        // a school administrator reads what is given to the school but holds no meetings
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, region.school(0)));
        assertThat(director.get("/coordination").body()).doesNotContain("id=\"meeting-form\"");
        assertThat(director.get(meeting).status()).isEqualTo(404);
        assertThat(OporaHttp.as(port, users.create(Role.TEACHER, region.school(0)))
                        .get("/coordination")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anAddressedRecommendationIsTrackedPerRecipient() {
        var region = regions.create();
        var a = region.municipality(0);
        var other = regions.create();
        var coordinator = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, a));
        var school = region.school(0);
        String due = LocalDate.now().plusDays(20).toString();
        // the municipality recommends to its school; a school of another region is refused
        var form = new java.util.HashMap<String, String>(Map.of(
                "assignee", other.school(0).id().toString(),
                "basis", "анализ ВПР 2026",
                "due", due,
                "reportForm", "справка",
                "text", "Провести анализ слабых заданий по математике"));
        coordinator.postWithCsrf("/coordination/recommendations", "/coordination", form);
        assertThat(coordinator.get("/coordination").body())
                .contains("Исполнитель должен быть муниципалитетом или школой");
        form.put("assignee", school.id().toString());
        form.put("basis", " ");
        coordinator.postWithCsrf("/coordination/recommendations", "/coordination", form);
        assertThat(coordinator.get("/coordination").body()).contains("Укажите, по итогам какого анализа");
        form.put("basis", "анализ ВПР 2026");
        coordinator.postWithCsrf("/coordination/recommendations", "/coordination", form);
        String summary = coordinator.get("/coordination").body();
        assertThat(summary.substring(summary.indexOf("id=\"recommendation-summary\"")))
                .contains(school.name())
                .containsPattern("<td class=\"num\">1</td>\\s*<td class=\"num\">0</td>");
        // the school reports; the summary counts it; the assignment's page names the analysis
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, school));
        UUID id = assignmentOf(school.id());
        String page = "/coordination/assignments/" + id;
        assertThat(director.get(page).body()).contains("анализ ВПР 2026");
        // the start page's «what is mine to do» lists it for the school, then the report for the municipality
        assertThat(director.get("/coordination/mine").body())
                .contains("Провести анализ слабых заданий по математике")
                .contains("срок " + ru.opora.shared.Formats.date(LocalDate.parse(due)));
        assertThat(director.get("/").body()).contains("hx-get=\"/coordination/mine\"");
        step(director, page, "REPORT", "Анализ проведён, план коррекции утверждён");
        assertThat(director.get("/coordination/mine").body())
                .contains("Открытых поручений и отчётов на рассмотрении нет");
        assertThat(coordinator.get("/coordination/mine").body())
                .contains("Отчёт ждёт решения: " + school.name() + " — Провести анализ");
        String after = coordinator.get("/coordination").body();
        assertThat(after.substring(after.indexOf("id=\"recommendation-summary\"")))
                .containsPattern("<td class=\"num\">1</td>\\s*<td class=\"num\">1</td>\\s*<td class=\"num\">0</td>");
        // a school does not recommend
        assertThat(director.postWithCsrf("/coordination/recommendations", "/coordination", form)
                        .status())
                .isEqualTo(403);
    }

    private static void issue(OporaHttp who, String meeting, String path, UUID assignee, LocalDate due, String text) {
        who.postWithCsrf(
                path,
                meeting,
                Map.of("assignee", assignee.toString(), "due", due.toString(), "reportForm", "справка", "text", text));
    }

    private static void step(OporaHttp who, String assignment, String step, String note) {
        var form = new java.util.HashMap<String, String>(Map.of("step", step));
        if (note != null) form.put("note", note);
        var done = who.postWithCsrf(assignment + "/steps", assignment, form);
        assertThat(done.status()).isEqualTo(302);
    }

    private int notifications(String recipient, String like) {
        return ru.opora.coordination.TestNotifications.count(jdbc, recipient, like);
    }

    private UUID assignmentOf(UUID assignee) {
        return jdbc.sql("select id from coordination.assignment where assignee_id = ?")
                .param(assignee)
                .query(UUID.class)
                .single();
    }

    private String state(UUID assignee) {
        return jdbc.sql("select state from coordination.assignment where assignee_id = ?")
                .param(assignee)
                .query(String.class)
                .single();
    }

    private int count(String meeting) {
        return jdbc.sql("select count(*) from coordination.assignment where meeting_id = ?::uuid")
                .param(meeting.substring(meeting.lastIndexOf('/') + 1))
                .query(Integer.class)
                .single();
    }

    private static String follow(OporaHttp.Response r) {
        return java.net.URI.create(r.location()).getRawPath();
    }
}
