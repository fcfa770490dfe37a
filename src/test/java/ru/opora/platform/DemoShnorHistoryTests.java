package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo region some years into the programme: the schools of its earlier lists were confirmed
 * and are in support, each with the steps of its history and their reasons; the newest list's
 * candidates wait for the region's decision. The audit log names each school whose status moved.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opora.demo.enabled=true", "opora.demo.results=true", "opora.embedded-db.database=opora_full_demo"
        })
class DemoShnorHistoryTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void earlierListsAreInSupportAndTheNewestWaits() {
        int newest = jdbc.sql("select max(entry_year) from identification.shnor_status")
                .query(Integer.class)
                .single();
        List<String> earlier = jdbc.sql(
                        "select distinct state from identification.shnor_status where entry_year < ? and exit_year is null")
                .param(newest)
                .query(String.class)
                .list();
        assertThat(earlier).containsExactly("IN_SUPPORT");
        assertThat(jdbc.sql("select distinct state from identification.shnor_status where entry_year = ?")
                        .param(newest)
                        .query(String.class)
                        .list())
                .containsExactly("CANDIDATE");

        // each school in support went through the region's confirmation, with a reason at each step
        List<String> paths = jdbc.sql("""
                        select string_agg(coalesce(e.from_state, '-') || '>' || e.to_state, ' ' order by e.id)
                        from identification.shnor_status s join identification.shnor_status_event e using (school_id)
                        where s.state = 'IN_SUPPORT' and e.reason <> '' group by s.school_id""").query(String.class).list();
        assertThat(paths)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p).endsWith("CANDIDATE>CONFIRMED CONFIRMED>IN_SUPPORT"));

        var region = OporaHttp.signedIn(port, "region", "demo2026");
        String inSupport = jdbc.sql("""
                        select o.name from identification.shnor_status s join orgunits.org_unit o on o.id = s.school_id
                        where s.state = 'IN_SUPPORT' order by o.code limit 1""").query(String.class).single();
        assertThat(region.get("/identification/status?state=IN_SUPPORT").body()).contains(inSupport);
        assertThat(region.get("/admin/audit?type=SHNOR_STATUS").body())
                .contains(inSupport, "Подтверждён приказом")
                .doesNotContain(">IN_SUPPORT<", ">CANDIDATE<");
    }
}
