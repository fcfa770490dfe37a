package ru.opora.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
 * A school backs its values with files as well as links: a file of a forbidden type, one whose
 * content is not what its name says, one over the limit and one without a value are each refused
 * with the indicator named and nothing saved; a good file is kept, read back by the curator and
 * not by another municipality.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "opora.monitoring.evidence.max-mb=1")
class ValueEvidenceIntegrationTests {

    static final int YEAR = 2057;
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    MonitoringCohorts cohorts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aValueIsBackedByAFileCheckedBeforeAnythingIsSaved() {
        var region = regions.create();
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        cohorts.cohort(admin, region, YEAR, 0, 1, 3);
        String campaign = MonitoringCohorts.campaign(admin, YEAR, "INITIAL", YEAR + "-10-01", YEAR + "-10-20");
        admin.postWithCsrf(campaign + "/status", campaign, Map.of("status", "OPEN"));
        var school = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, region.school(0)));
        String form = campaign + "/schools/" + region.school(0).id();
        var values = new LinkedHashMap<String, String>();
        values.put("value_KPK", "45");
        values.put("value_PARENTS", "30");

        var exe = school.postPartsWithCsrf(form, form, values, Map.of("file_KPK", Map.entry("приказ.exe", new byte[] {
            'M', 'Z', 1, 2
        })));
        assertThat(exe.body())
                .contains("Значения не сохранены — ни одно.")
                .contains("Доля педагогов, прошедших КПК по выявленным дефицитам, %: Файл не принят: допустимы только");
        var fake = school.postPartsWithCsrf(
                form,
                form,
                values,
                Map.of("file_KPK", Map.entry("приказ.pdf", "не pdf".getBytes(StandardCharsets.UTF_8))));
        assertThat(fake.body()).contains("Файл не принят: его содержимое не похоже на pdf.");
        byte[] large = Arrays.copyOf(PDF, 1024 * 1024 + 10);
        var tooLarge = school.postPartsWithCsrf(form, form, values, Map.of("file_KPK", Map.entry("приказ.pdf", large)));
        assertThat(tooLarge.body()).contains("Файл не принят: он больше 1 МБ.");
        var withoutValue =
                school.postPartsWithCsrf(form, form, values, Map.of("file_DEBT", Map.entry("справка.pdf", PDF)));
        assertThat(withoutValue.body()).contains("к файлу «справка.pdf» нет значения");
        assertThat(entered(region)).isZero();

        var saved =
                school.postPartsWithCsrf(form, form, values, Map.of("file_KPK", Map.entry("приказ о КПК.pdf", PDF)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(entered(region)).isEqualTo(2);
        assertThat(school.get(form).body()).contains("приказ о КПК.pdf");

        String file = form + "/evidence/KPK";
        var curator = OporaHttp.as(port, users.create(Role.CURATOR, region.school(0)));
        var download = curator.download(file);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1)))
                        .download(file)
                        .status())
                .isEqualTo(404);
        assertThat(curator.download(form + "/evidence/PARENTS").status()).isEqualTo(404);

        // a corrected value keeps its file unless another is uploaded
        values.put("value_KPK", "50");
        assertThat(school.postPartsWithCsrf(form, form, values, Map.of()).status())
                .isEqualTo(302);
        assertThat(curator.download(file).body()).isEqualTo(PDF);
    }

    private long entered(TestRegions.TestRegion region) {
        return jdbc.sql("select count(*) from monitoring.indicator_value where school_id = ? and not computed")
                .param(region.school(0).id())
                .query(Long.class)
                .single();
    }
}
