package ru.opora.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.platform.OporaHttp;

/**
 * The demo's municipal notes as its coordinator downloads them: the note on the last ВПР year and
 * the note on the latest monitoring campaign, each a PDF that reads back with its heading and
 * figures and a DOCX; kept under {@code target/notes/demo-*} for a person to look at.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opora.demo.enabled=true", "opora.demo.results=true", "opora.embedded-db.database=opora_full_demo"
        })
class DemoNotesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoMunicipalityHasItsVprAndMonitoringNotes() throws Exception {
        var municipal = OporaHttp.signedIn(port, "municipal", "demo2026");
        Files.createDirectories(Path.of("target/notes"));
        for (String kind : new String[] {"VPR", "MONITORING"}) {
            var note = jdbc.sql("select id, title from reporting.note where kind = ? order by created_at limit 1")
                    .param(kind)
                    .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
                    .single();
            String base = "/reporting/notes/" + note[0] + "/versions/1";
            var pdf = municipal.download(base + ".pdf");
            assertThat(pdf.status()).isEqualTo(200);
            String name = "target/notes/demo-municipal-" + kind.toLowerCase(java.util.Locale.ROOT);
            Files.write(Path.of(name + ".pdf"), pdf.body());
            Files.write(
                    Path.of(name + ".docx"), municipal.download(base + ".docx").body());
            try (var doc = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains("АНАЛИТИЧЕСКАЯ СПРАВКА").contains("Городской округ Приозёрск");
                assertThat(text)
                        .contains(kind.equals("VPR") ? "Задания с низкой решаемостью" : "по итогам мониторинга");
            }
            assertThat((String) note[1]).contains("Городской округ Приозёрск");
        }
    }
}
