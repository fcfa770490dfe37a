package ru.opora.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.LinkedMultiValueMap;
import ru.opora.assessments.TestResults;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.planning.TestPlans;
import ru.opora.planning.documents.DocumentType;
import ru.opora.planning.documents.SchoolDocuments;
import ru.opora.platform.OporaHttp;

/**
 * A programme's indicator names the region's monitoring indicator: the editor offers the set, takes
 * its name and unit, and the school's dynamics show the programme's baseline and target beside the
 * values monitoring measured.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammeTargetsIntegrationTests {

    static final int YEAR = 2059;

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestResults results;

    @Autowired
    TestPlans plans;

    @Autowired
    SchoolDocuments documents;

    @Autowired
    MonitoringCohorts cohorts;

    @Test
    void aProgrammesIndicatorIsTheMonitoringsAndItsTargetShowsBesideTheMeasuredValues() {
        var region = regions.create();
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        cohorts.cohort(admin, region, YEAR, 0);
        var csv = new StringBuilder(TestResults.HEADER);
        for (int p = 0; p < 4; p++)
            csv.append(region.school(0).code())
                    .append(";P")
                    .append(p)
                    .append(";5А;")
                    .append(p == 0 ? "1;1;2;2" : "0;0;0;0")
                    .append('\n');
        results.load(results.vpr("PRG", YEAR, 5), region.scope(), csv.toString());
        String campaign = MonitoringCohorts.campaign(admin, YEAR, "INITIAL", YEAR + "-10-01", YEAR + "-10-20");
        admin.postWithCsrf(campaign + "/status", campaign, Map.of("status", "OPEN"));

        var doc = plans.draft(region.school(0), YEAR, DocumentType.CONCEPT);
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, region.school(0)));
        String edit = "/planning/documents/" + doc.id() + "/edit";
        assertThat(director.get(edit).body()).contains("Показатель мониторинга").contains("Доля отметок «2» по ВПР, %");
        var form = new LinkedMultiValueMap<String, String>();
        form.add("version", "0");
        form.add("title", doc.title());
        form.add("action", "save");
        form.add("i_id", "");
        form.add("i_name", "");
        form.add("i_code", "VPR2");
        form.add("i_unit", "");
        form.add("i_baseline", "75");
        form.add("i_target", "40");
        form.add("i_id", "");
        form.add("i_name", "Доля родителей в управляющем совете");
        form.add("i_code", "NOT_IN_THE_SET");
        form.add("i_unit", "%");
        form.add("i_baseline", "5");
        form.add("i_target", "15");
        assertThat(director.postFormWithCsrf("/planning/documents/" + doc.id(), edit, form)
                        .status())
                .isEqualTo(302);

        var indicators = documents.find(doc.id()).orElseThrow().content().indicators();
        assertThat(indicators.getFirst().code()).isEqualTo("VPR2");
        assertThat(indicators.getFirst().name()).isEqualTo("Доля отметок «2» по ВПР, %");
        assertThat(indicators.getFirst().unit()).isEqualTo("%");
        assertThat(indicators.get(1).code())
                .as("an unknown code is the school's own indicator")
                .isNull();
        assertThat(director.get(edit).body()).containsPattern("<option value=\"VPR2\" selected=\"selected\">");

        var dynamics =
                director.get("/monitoring/schools/" + region.school(0).id()).body();
        assertThat(dynamics).contains("В программах школы").contains(doc.title() + ": 75 → 40");
        assertThat(OporaHttp.sheet(director.download(
                                "/monitoring/schools/" + region.school(0).id() + "/export")
                        .body()))
                .anySatisfy(r -> assertThat(r).contains(doc.title() + ": 75 → 40"));
    }
}
