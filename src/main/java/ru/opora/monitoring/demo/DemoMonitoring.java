package ru.opora.monitoring.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.opora.identity.Permission;
import ru.opora.monitoring.campaigns.Campaign;
import ru.opora.monitoring.campaigns.Campaigns;
import ru.opora.monitoring.campaigns.ValueEvidenceFiles;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/**
 * The demo region's monitoring: the cohort's initial campaign published with every kind of value
 * (confirmed, returned with a comment, waiting, missing), and the first quarterly one open with
 * some schools' values in, so that every role finds monitoring in each state.
 */
@org.springframework.stereotype.Component
@ConditionalOnProperty(name = "opora.demo.results", havingValue = "true")
@Order(65)
class DemoMonitoring implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMonitoring.class);

    private final OrgUnits orgUnits;
    private final Campaigns campaigns;
    private final ValueEvidenceFiles files;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoMonitoring(OrgUnits orgUnits, Campaigns campaigns, ValueEvidenceFiles files, JdbcClient jdbc, Clock clock) {
        this.files = files;
        this.orgUnits = orgUnits;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var region = orgUnits.findByCode(OrgUnitKind.REGION, "39");
        if (region.isEmpty() || !campaigns.list(region.get().id()).isEmpty()) return;
        int year = LocalDate.now(clock).getYear();
        var path = region.get().path();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo", null, List.of(new SimpleGrantedAuthority(Permission.MONITORING_MANAGE.name()))));
        try {
            var scope = Scope.of(path);
            UUID initial = campaigns.create(
                    path, year, Campaign.Kind.INITIAL, LocalDate.of(year, 9, 15), LocalDate.of(year, 10, 1), "demo");
            campaigns.move(initial, Campaign.Status.OPEN, scope, "demo");
            values(initial, 0);
            protocols(initial);
            campaigns.move(initial, Campaign.Status.CLOSED, scope, "demo");
            campaigns.move(initial, Campaign.Status.PUBLISHED, scope, "demo");
            UUID quarterly = campaigns.create(
                    path,
                    year,
                    Campaign.Kind.QUARTERLY,
                    LocalDate.of(year, 12, 10),
                    LocalDate.of(year, 12, 25),
                    "demo");
            campaigns.move(quarterly, Campaign.Status.OPEN, scope, "demo");
            values(quarterly, 1);
            mechanisms(region.get().path(), year);
            log.info("Demo monitoring: an initial campaign published and a quarterly one open for the cohort {}", year);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * The municipalities' mechanism assessments of the year in every state: accepted, submitted,
     * returned with remarks, a draft, and none at all; §6.7's worked example among them.
     */
    private void mechanisms(ru.opora.orgunits.OrgPath regionPath, int year) {
        int[][] scores = {
            {2, 2, 1, 2, 1, 0, 2, 1, 0},
            {2, 2, 2, 2, 2, 1, 2, 2, 1},
            {1, 1, 0, 1, 0, 0, 1, 0, 0},
            {2, 1, 1, 1, 1, 1, 1, 0, 0}
        };
        String[] states = {"SUBMITTED", "ACCEPTED", "RETURNED", "DRAFT"};
        var municipalities = orgUnits.inScope(OrgUnitKind.MUNICIPALITY, Scope.of(regionPath));
        for (int m = 0; m < Math.min(states.length, municipalities.size()); m++) {
            var unit = municipalities.get(m);
            jdbc.sql("""
                            insert into monitoring.mechanism_assessment (municipality_id, municipality_path, cycle_year, status, remarks,
                                updated_by, reviewed_by, reviewed_at)
                            values (?, ?, ?, ?, ?, 'municipal', ?, case when ? then now() end)""")
                    .params(
                            unit.id(),
                            unit.path().value(),
                            year,
                            states[m],
                            states[m].equals("RETURNED") ? "Приложите протоколы совещаний с директорами ШНОР" : null,
                            states[m].equals("ACCEPTED") || states[m].equals("RETURNED") ? "region" : null,
                            states[m].equals("ACCEPTED") || states[m].equals("RETURNED"))
                    .update();
            for (int p = 0; p < scores[m].length; p++)
                jdbc.sql("""
                                insert into monitoring.mechanism_position (municipality_id, cycle_year, position, score, evidence_url)
                                values (?, ?, ?, ?, ?)""")
                        .params(
                                unit.id(),
                                year,
                                p + 1,
                                scores[m][p],
                                scores[m][p] == 2 ? "https://mun.example/mechanism/" + (p + 1) + ".pdf" : null)
                        .update();
        }
    }

    /**
     * The schools' entered values: in the initial campaign every fifth school has none, the others
     * are confirmed except one returned value in every fourth school; in the quarterly one (a little
     * better) half the schools have entered theirs, waiting for the curator.
     */
    private void values(UUID campaign, int round) {
        var schools = jdbc.sql(
                        "select school_id, school_path from monitoring.campaign_school where campaign_id = ? order by school_path")
                .param(campaign)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
                .list();
        for (int s = 0; s < schools.size(); s++) {
            if (round == 0 && s % 5 == 4 || round == 1 && s % 2 == 1) continue;
            int seed = Math.abs(schools.get(s)[0].hashCode());
            double lift = round * 6;
            entered(campaign, schools.get(s), "KPK", 20 + seed % 45 + lift, s, round);
            entered(campaign, schools.get(s), "PARENTS", 30 + seed % 40 + lift, s, round);
            entered(campaign, schools.get(s), "DEBT", Math.max(0, seed % 9 - round), s, round);
            entered(campaign, schools.get(s), "OLYMPIAD", 5 + seed % 30 + lift, s, round);
        }
    }

    /**
     * The parents' meeting protocol behind the «PARENTS» value of the first schools of the initial
     * campaign, uploaded as a Word file as schools do.
     */
    private void protocols(UUID campaign) {
        var rows = jdbc.sql("""
                        select v.school_id, trim_scale(v.value)::text from monitoring.indicator_value v
                        where v.campaign_id = ? and v.indicator = 'PARENTS' order by v.school_path limit 3""")
                .param(campaign)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        for (var row : rows) {
            var school = orgUnits.find(row.getKey()).orElseThrow();
            String name = "Протокол родительского собрания " + school.code() + ".docx";
            String stored = files.store(name, new ByteArrayInputStream(protocol(school.name(), row.getValue())));
            jdbc.sql("""
                            update monitoring.indicator_value set evidence_file = ?, evidence_file_name = ?
                            where campaign_id = ? and school_id = ? and indicator = 'PARENTS'""").params(stored, name, campaign, row.getKey()).update();
        }
    }

    private static byte[] protocol(String school, String share) {
        try (var doc = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Протокол общешкольного родительского собрания");
            doc.createParagraph().createRun().setText(school);
            doc.createParagraph()
                    .createRun()
                    .setText("Присутствовали родители (законные представители) " + share + " % обучающихся.");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void entered(UUID campaign, Object[] school, String indicator, double value, int index, int round) {
        boolean returned = round == 0 && index % 4 == 1 && indicator.equals("KPK");
        String status = round == 1 ? "ENTERED" : returned ? "REJECTED" : "CONFIRMED";
        jdbc.sql("""
                        insert into monitoring.indicator_value (campaign_id, school_id, school_path, indicator, value, computed,
                            evidence_url, status, comment, entered_by, reviewed_by, reviewed_at)
                        values (?, ?, ?, ?, ?, false, ?, ?, ?, 'director', ?, case when ? then now() end)""")
                .params(
                        campaign,
                        school[0],
                        school[1],
                        indicator,
                        value,
                        "https://school.example/monitoring/" + indicator.toLowerCase(java.util.Locale.ROOT) + ".pdf",
                        status,
                        returned ? "Приложите приказ о направлении на курсы и удостоверения" : null,
                        round == 1 ? null : "curator",
                        round == 0)
                .update();
    }
}
