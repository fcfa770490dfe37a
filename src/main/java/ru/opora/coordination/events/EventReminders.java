package ru.opora.coordination.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;

/**
 * The reminder before an event: {@code opora.coordination.event-remind-days} (2) days before each
 * occurrence, the registered schools and the organiser hear of it, once per occurrence. Runs daily
 * and at start, once a day whichever node claims the day.
 */
@Component
class EventReminders {

    private static final Logger log = LoggerFactory.getLogger(EventReminders.class);

    private final JdbcClient jdbc;
    private final Events events;
    private final Registrations registrations;
    private final ApplicationEventPublisher publisher;
    private final java.time.Clock clock;
    private final TransactionTemplate transaction;
    private final int days;

    EventReminders(
            JdbcClient jdbc,
            EventPages.Parts parts,
            ApplicationEventPublisher publisher,
            PlatformTransactionManager transactions,
            @Value("${opora.coordination.event-remind-days:2}") int days) {
        this.jdbc = jdbc;
        this.events = parts.events();
        this.registrations = parts.registrations();
        this.publisher = publisher;
        this.clock = parts.clock();
        this.transaction = new TransactionTemplate(transactions);
        this.days = days;
    }

    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @Scheduled(cron = "${opora.coordination.overdue-cron:0 10 0 * * *}", zone = "${opora.time-zone:Europe/Moscow}")
    public void daily() {
        runOnce(LocalDate.now(clock));
    }

    /** Reminds of the occurrences from {@code day} to {@code day + days}; returns the notices sent. */
    List<EventNotice> runOnce(LocalDate day) {
        return java.util.Objects.requireNonNull(transaction.execute(status -> {
            int claimed = jdbc.sql(
                            "insert into coordination.job_run (job, day) values ('events-remind', ?) on conflict do nothing")
                    .param(day)
                    .update();
            if (claimed == 0 || days <= 0) return List.<EventNotice>of();
            var sent = new ArrayList<EventNotice>();
            for (var e : everywhere(day)) {
                if (e.cancelled()) continue;
                for (var d : e.occurrences()) {
                    if (d.isBefore(day) || d.isAfter(day.plusDays(days)) || !claim(e, d)) continue;
                    var to = new ArrayList<OrgPath>(List.of(e.organiser()));
                    registrations.of(e.id()).forEach(r -> to.add(new OrgPath(r.schoolPath())));
                    var notice = new EventNotice(
                            e.id(), e.title(), d, e.startsAt().toLocalTime().toString(), e.place(), to);
                    publisher.publishEvent(notice);
                    sent.add(notice);
                }
            }
            log.info("Events on {}: {} reminders", day, sent.size());
            return sent;
        }));
    }

    private List<Event> everywhere(LocalDate day) {
        var regions = jdbc.sql(
                        "select distinct '/' || split_part(organiser_path, '/', 2) || '/' from coordination.event where not cancelled")
                .query(String.class)
                .list();
        var all = new ArrayList<Event>();
        for (String r : regions) all.addAll(events.visible(Scope.of(OrgPath.parse(r)), day, day.plusDays(days)));
        return all;
    }

    private boolean claim(Event e, LocalDate d) {
        return jdbc.sql(
                                "insert into coordination.event_reminder (event_id, occurs_on) values (?, ?) on conflict do nothing")
                        .params(e.id(), d)
                        .update()
                == 1;
    }
}
