package ru.opora.planning.execution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.opora.planning.MeasuresWentOverdue;

/**
 * The daily overdue check (§6.9). Several Opora nodes may share the database: the node that first
 * inserts the day's row in {@code planning.job_run} runs the check, the others skip it, so it runs
 * once a day however many nodes there are (decision 0012).
 */
@Component
public class OverdueCheck {

    private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);

    private final JdbcClient jdbc;
    private final Measures measures;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    OverdueCheck(
            JdbcClient jdbc,
            Measures measures,
            ApplicationEventPublisher events,
            Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.measures = measures;
        this.events = events;
        this.clock = clock;
    }

    /** At start too, so that a day when every node was down at 00:05 is caught up at once. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @Scheduled(cron = "${opora.planning.overdue-cron:0 5 0 * * *}", zone = "${opora.time-zone:Europe/Moscow}")
    public void daily() {
        runOnce(LocalDate.now(clock));
    }

    /** Runs the check for the day unless some node already did; returns the measures it marked (empty when skipped). */
    public List<UUID> runOnce(LocalDate day) {
        // one transaction for the claim and the marking: a failed check leaves the day unclaimed
        return java.util.Objects.requireNonNull(transaction.execute(status -> check(day)));
    }

    private List<UUID> check(LocalDate day) {
        int claimed = jdbc.sql("insert into planning.job_run (job, day) values ('overdue', ?) on conflict do nothing")
                .param(day)
                .update();
        if (claimed == 0) return List.of();
        var overdue = measures.markOverdue(day);
        if (!overdue.isEmpty()) events.publishEvent(new MeasuresWentOverdue(day, overdue));
        log.info("Overdue check {}: {} measures overdue", day, overdue.size());
        return overdue.stream().map(MeasuresWentOverdue.Overdue::measureId).toList();
    }
}
