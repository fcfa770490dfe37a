package ru.opora.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds the rule that no work outside a transaction needs a second pooled connection while it holds
 * one. A query run from inside another query's row mapping did exactly that: under 20 concurrent
 * users every pooled connection was held by a thread waiting for another, and Opora stopped
 * answering (issue #15). The data source is wrapped so that each thread's open connections are
 * counted; a second one taken outside a transaction is logged as an error with its stack, or, when
 * {@code opora.db.nested-connections=fail} (the tests), refused, so that the build finds every such
 * path. Inside a transaction a second connection is a deliberate REQUIRES_NEW and allowed. The
 * rule holds from the moment Opora is ready: start-up work (Flyway's module-by-module migrations)
 * runs alone and may hold what it likes. The same wrapper makes a GET's connections read-only
 * ({@link GetsNeverWrite}) and counts the statements each thread prepares ({@link QueryCount}).
 */
@Component
class OneConnectionAtATime implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(OneConnectionAtATime.class);

    private final boolean fail;
    private final java.util.List<Counting> wrapped = new java.util.concurrent.CopyOnWriteArrayList<>();

    OneConnectionAtATime(@Value("${opora.db.nested-connections:log}") String mode) {
        this.fail = "fail".equals(mode);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !(bean instanceof Counting)) {
            var counting = new Counting(ds, fail);
            wrapped.add(counting);
            return counting;
        }
        return bean;
    }

    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void arm() {
        wrapped.forEach(c -> c.armed = true);
    }

    /** A data source that counts each thread's open connections. */
    static final class Counting extends DelegatingDataSource {

        private static final ThreadLocal<int[]> OPEN = ThreadLocal.withInitial(() -> new int[1]);
        /** Where the thread took the connection it still holds: named in the refusal, to find the path. */
        private static final ThreadLocal<java.util.Deque<Throwable>> HELD =
                ThreadLocal.withInitial(java.util.ArrayDeque::new);

        private final boolean fail;
        private volatile boolean armed;

        Counting(DataSource target, boolean fail) {
            super(target);
            this.fail = fail;
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            return counted(super.getConnection(username, password));
        }

        private Connection counted(Connection connection) {
            int[] open = OPEN.get();
            if (armed
                    && open[0] > 0
                    && !TransactionSynchronizationManager.isActualTransactionActive()
                    && !beginsATransaction()) {
                var nested = new IllegalStateException(
                        "a second pooled connection taken while this thread holds one, outside a transaction",
                        HELD.get().peekFirst());
                if (fail) {
                    closeQuietly(connection);
                    throw nested;
                }
                log.error("Nested connection: under load this exhausts the pool", nested);
            }
            if (GetsNeverWrite.reading() && !savesASession()) readOnly(connection);
            open[0]++;
            var held = HELD.get();
            var origin = new Throwable("the connection this thread held");
            held.addLast(origin);
            boolean[] closed = {false};
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare")
                                || method.getName().equals("createStatement")) QueryCount.add();
                        if (method.getName().equals("close") && !closed[0]) {
                            closed[0] = true;
                            open[0]--;
                            held.remove(origin);
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private static void readOnly(Connection connection) {
            try {
                connection.setReadOnly(true);
            } catch (java.sql.SQLException e) {
                closeQuietly(connection);
                throw new IllegalStateException("a GET's connection could not be made read-only", e);
            }
        }

        /** Spring Session records the session's last access when a GET's response is committed. */
        private static boolean savesASession() {
            return StackWalker.getInstance()
                    .walk(frames -> frames.anyMatch(f -> f.getClassName().startsWith("org.springframework.session.")));
        }

        /**
         * A transaction that begins while another is suspended (REQUIRES_NEW: Spring Session's
         * writes, listeners after a commit) takes its own connection on purpose, one per transaction;
         * what the rule is after is a query inside another's rows, which no transaction manager sees.
         */
        private static boolean beginsATransaction() {
            return StackWalker.getInstance()
                    .walk(frames -> frames.anyMatch(f -> f.getMethodName().equals("doBegin")
                            && f.getClassName().endsWith("DataSourceTransactionManager")));
        }

        private static void closeQuietly(Connection c) {
            try {
                c.close();
            } catch (java.sql.SQLException e) {
                // the refusal is what matters
            }
        }
    }
}
