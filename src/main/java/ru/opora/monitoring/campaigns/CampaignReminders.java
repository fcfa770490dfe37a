package ru.opora.monitoring.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.opora.monitoring.MonitoringNotice;

/**
 * The daily reminders of open campaigns: a school with values still to enter (missing or returned)
 * hears {@code opora.monitoring.reminder-days} days before the deadline and once it has passed,
 * each once per campaign. The node that claims the day runs it (decision 0012).
 */
@Component
class CampaignReminders {

    private static final Logger log = LoggerFactory.getLogger(CampaignReminders.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final CampaignTitles titles;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int reminderDays;

    CampaignReminders(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            CampaignTitles titles,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${opora.monitoring.reminder-days:3}") int reminderDays) {
        this.jdbc = jdbc;
        this.events = events;
        this.titles = titles;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.reminderDays = reminderDays;
    }

    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @Scheduled(cron = "${opora.monitoring.reminder-cron:0 10 0 * * *}", zone = "${opora.time-zone:Europe/Moscow}")
    public void daily() {
        runOnce(LocalDate.now(clock));
    }

    /** Sends the day's reminders unless a node already did; returns how many schools heard. */
    int runOnce(LocalDate day) {
        Integer sent = transaction.execute(status -> {
            int claimed = jdbc.sql(
                            "insert into monitoring.job_run (job, day) values ('reminders', ?) on conflict do nothing")
                    .param(day)
                    .update();
            return claimed == 0 ? 0 : remind(day);
        });
        return sent == null ? 0 : sent;
    }

    private int remind(LocalDate day) {
        int heard = 0;
        var open = jdbc.sql("select id, kind, cohort_year, due_on from monitoring.campaign where status = 'OPEN'")
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class)
                })
                .list();
        for (Object[] c : open) {
            LocalDate due = (LocalDate) c[3];
            MonitoringNotice.Kind kind = day.isAfter(due)
                    ? MonitoringNotice.Kind.OVERDUE
                    : !day.isBefore(due.minusDays(reminderDays)) ? MonitoringNotice.Kind.DUE_SOON : null;
            if (kind == null) continue;
            var schools = awaited((UUID) c[0], kind, day);
            if (schools.isEmpty()) continue;
            String title = titles.of(Campaign.Kind.valueOf((String) c[1]), (Integer) c[2], Locale.forLanguageTag("ru"));
            events.publishEvent(new MonitoringNotice(kind, (UUID) c[0], title, due, schools, null));
            heard += schools.size();
        }
        log.info("Monitoring reminders {}: {} schools", day, heard);
        return heard;
    }

    /**
     * The campaign's schools that still have an entered indicator without a value or with a
     * returned one, and have not heard this kind yet; they are marked as having heard.
     */
    private List<UUID> awaited(UUID campaign, MonitoringNotice.Kind kind, LocalDate day) {
        var schools = new ArrayList<UUID>();
        jdbc.sql("""
                        insert into monitoring.reminder_sent (campaign_id, school_id, kind, sent_on)
                        select cs.campaign_id, cs.school_id, ?, ? from monitoring.campaign_school cs
                        join monitoring.campaign c on c.id = cs.campaign_id
                        where cs.campaign_id = ?
                          and (select count(*) from jsonb_array_elements(c.indicators) i where coalesce(i ->> 'formula', '') = '')
                            > (select count(*) from monitoring.indicator_value v
                               where v.campaign_id = c.id and v.school_id = cs.school_id and not v.computed
                                 and v.status <> 'REJECTED')
                        on conflict do nothing
                        returning school_id""")
                .params(kind.name(), day, campaign)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list()
                .forEach(schools::add);
        return schools;
    }
}
