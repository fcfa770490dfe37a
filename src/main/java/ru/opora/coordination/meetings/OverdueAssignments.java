package ru.opora.coordination.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily check of assignments' deadlines (§8.3): an open assignment past its deadline is marked
 * overdue and escalated — the assignee and the level above it hear of it; an assignee whose
 * deadline comes in {@code opora.coordination.remind-days} (3) days is reminded. Runs once a day whichever
 * node claims the day first, and at start, so that a day every node missed is caught up.
 */
@Component
class OverdueAssignments {

    private static final Logger log = LoggerFactory.getLogger(OverdueAssignments.class);

    private final JdbcClient jdbc;
    private final Assignments assignments;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int remindDays;

    OverdueAssignments(
            JdbcClient jdbc,
            Assignments assignments,
            Clock clock,
            PlatformTransactionManager transactions,
            @org.springframework.beans.factory.annotation.Value("${opora.coordination.remind-days:3}") int remindDays) {
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.remindDays = remindDays;
    }

    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @Scheduled(cron = "${opora.coordination.overdue-cron:0 10 0 * * *}", zone = "${opora.time-zone:Europe/Moscow}")
    public void daily() {
        runOnce(LocalDate.now(clock));
    }

    /** Runs the check for the day unless a node already did; returns the assignments it marked. */
    List<Assignments.Assignment> runOnce(LocalDate day) {
        return java.util.Objects.requireNonNull(transaction.execute(status -> {
            int claimed = jdbc.sql(
                            "insert into coordination.job_run (job, day) values ('assignments-overdue', ?) on conflict do nothing")
                    .param(day)
                    .update();
            if (claimed == 0) return List.<Assignments.Assignment>of();
            var marked = assignments.markOverdue(day);
            int reminded = remindDays > 0 ? assignments.remind(day, remindDays).size() : 0;
            log.info("Assignments on {}: {} overdue, {} reminded of their deadline", day, marked.size(), reminded);
            return marked;
        }));
    }
}
