package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule behind the pool that ran dry under 20 users (issue #15): a query run while another's rows
 * are being read needs a second connection; in the tests that is refused (in production logged), so
 * every page and job the suite runs proves it needs one connection at a time.
 */
@SpringBootTest(properties = {"opora.db.nested-connections=fail", "opora.embedded-db.database=opora_one_connection"})
class OneConnectionAtATimeIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aQueryInsideAnotherQuerysRowsIsRefused() {
        assertThatThrownBy(() -> jdbc.sql("select 1")
                        .query((rs, n) ->
                                jdbc.sql("select 2").query(Integer.class).single())
                        .single())
                .hasStackTraceContaining("a second pooled connection taken while this thread holds one");
    }

    @Test
    void whileAGetIsHandledEveryConnectionIsReadOnlyAndAfterItNone() throws Exception {
        jdbc.sql("create table if not exists public.gets_never_write_probe (n int)")
                .update();
        var interceptor = new GetsNeverWrite();
        var get = new org.springframework.mock.web.MockHttpServletRequest("GET", "/schools");
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        interceptor.preHandle(get, response, new Object());
        try {
            assertThat(jdbc.sql("select count(*) from public.gets_never_write_probe")
                            .query(Integer.class)
                            .single())
                    .isZero();
            assertThatThrownBy(() -> jdbc.sql("insert into public.gets_never_write_probe values (1)")
                            .update())
                    .hasStackTraceContaining("read-only transaction");
            assertThatThrownBy(() -> transaction.executeWithoutResult(
                            tx -> jdbc.sql("insert into public.gets_never_write_probe values (2)")
                                    .update()))
                    .hasStackTraceContaining("read-only transaction");
        } finally {
            interceptor.afterCompletion(get, response, new Object(), null);
        }
        var post = new org.springframework.mock.web.MockHttpServletRequest("POST", "/schools");
        interceptor.preHandle(post, response, new Object());
        try {
            jdbc.sql("insert into public.gets_never_write_probe values (3)").update();
        } finally {
            interceptor.afterCompletion(post, response, new Object(), null);
        }
        assertThat(jdbc.sql("select n from public.gets_never_write_probe")
                        .query(Integer.class)
                        .list())
                .containsExactly(3);
    }

    @Test
    void insideATransactionTheSameConnectionServesBoth() {
        Integer nested = transaction.execute(tx -> jdbc.sql("select 1")
                .query((rs, n) -> jdbc.sql("select 2").query(Integer.class).single())
                .single());
        assertThat(nested).isEqualTo(2);
    }
}
