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
    void insideATransactionTheSameConnectionServesBoth() {
        Integer nested = transaction.execute(tx -> jdbc.sql("select 1")
                .query((rs, n) -> jdbc.sql("select 2").query(Integer.class).single())
                .single());
        assertThat(nested).isEqualTo(2);
    }
}
