package ru.opora.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.planning.documents.DocumentType;
import ru.opora.planning.documents.SchoolDocuments;
import ru.opora.platform.OporaHttp;

/**
 * Who may read and change a document: the school edits its own; a curator reads only assigned
 * schools; an expert reads only documents assigned for review, whatever their own scope; a teacher
 * reads but cannot change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanningAccessIntegrationTests {

    static final int YEAR = 2044;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SchoolDocuments documents;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestPlans plans;

    @Test
    void eachReaderSeesOnlyTheDocumentsTheyMay() throws Exception {
        var region = regions.create();
        var own = region.school(0);
        String directorUser = users.create(Role.SCHOOL_ADMIN, own);
        String curatorUser = users.create(Role.CURATOR, own);
        String expertUser = users.create(Role.REGION_EXPERT, own);
        String teacherUser = users.create(Role.TEACHER, own);
        var ownDoc = plans.draft(own, YEAR, DocumentType.ROADMAP);
        var otherDoc = plans.draft(region.school(1), YEAR, DocumentType.ROADMAP);

        var school = OporaHttp.as(port, directorUser);
        assertThat(school.get("/planning/documents/" + ownDoc.id()).status()).isEqualTo(200);
        assertThat(school.get("/planning/documents/" + otherDoc.id()).status()).isEqualTo(404);
        assertThat(school.get("/planning/documents/" + ownDoc.id() + "/edit").status())
                .isEqualTo(200);

        var curator = OporaHttp.as(port, curatorUser);
        assertThat(curator.get("/planning/documents/" + ownDoc.id()).status()).isEqualTo(200); // assigned school
        assertThat(curator.get("/planning/documents/" + otherDoc.id()).status()).isEqualTo(404);
        assertThat(curator.get("/planning/documents/" + ownDoc.id() + "/edit").status())
                .isEqualTo(403);

        var expert = OporaHttp.as(port, expertUser);
        assertThat(expert.get("/planning/documents/" + ownDoc.id()).status()).isEqualTo(404); // not assigned
        assertThat(expert.get("/planning/reviews").status()).isEqualTo(200);
        assertThat(expert.get("/planning/dashboard").status()).isEqualTo(403);
        assertThat(expert.get("/planning/measures").status()).isEqualTo(403);

        var teacher = OporaHttp.as(port, teacherUser);
        assertThat(teacher.get("/planning/documents/" + ownDoc.id()).status()).isEqualTo(200);
        var page = "/planning/documents/" + ownDoc.id();
        assertThat(teacher.postWithCsrf(page + "/transition", page, Map.of("transition", "SUBMIT"))
                        .status())
                .isEqualTo(403);
        assertThat(school.postWithCsrf(page + "/transition", page, Map.of("transition", "ACCEPT"))
                        .status())
                .as("the school cannot take the expert's step")
                .isEqualTo(403);
        assertThat(documents.find(ownDoc.id()).orElseThrow().status().name()).isEqualTo("DRAFT");

        // every document exports to DOCX in the official layout and to XLSX, within the same rules
        var docx = school.download("/planning/documents/" + ownDoc.id() + ".docx");
        assertThat(docx.status()).isEqualTo(200);
        try (var read = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()))) {
            var text = read.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .toList();
            assertThat(text).contains("УТВЕРЖДАЮ", "ДОРОЖНАЯ КАРТА", "Дорожная карта");
        }
        var xlsx = school.download("/planning/documents/" + ownDoc.id() + ".xlsx");
        assertThat(OporaHttp.sheet(xlsx.body()).getFirst()).contains("Часть", "Содержание");
        assertThat(curator.download("/planning/documents/" + otherDoc.id() + ".docx")
                        .status())
                .isEqualTo(404);
    }
}
