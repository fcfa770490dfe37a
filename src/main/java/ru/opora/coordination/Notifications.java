package ru.opora.coordination;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Notifications by recipient: written by the listeners, read and marked read by their recipient. */
@Component
class Notifications {

    /** A notification as its recipient sees it. */
    public record Notification(UUID id, String kind, String text, String link, Instant createdAt, boolean read) {}

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID add(String recipient, String kind, String text, String link) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into coordination.notification (id, recipient, kind, text, link) values (?, ?, ?, ?, ?)")
                .params(id, recipient, kind, text, link)
                .update();
        return id;
    }

    void emailed(UUID id) {
        jdbc.sql("update coordination.notification set emailed_at = now() where id = ?")
                .param(id)
                .update();
    }

    List<Notification> of(String recipient) {
        return jdbc.sql("""
                        select id, kind, text, link, created_at, read_at is not null from coordination.notification
                        where lower(recipient) = lower(?) order by created_at desc limit 200""")
                .param(recipient)
                .query((rs, n) -> new Notification(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getBoolean(6)))
                .list();
    }

    int unread(String recipient) {
        return jdbc.sql(
                        "select count(*) from coordination.notification where lower(recipient) = lower(?) and read_at is null")
                .param(recipient)
                .query(Integer.class)
                .single();
    }

    /** Marks the recipient's notification read; returns its link, or null when it is not theirs. */
    @org.jspecify.annotations.Nullable
    String read(UUID id, String recipient) {
        return jdbc.sql("""
                        update coordination.notification set read_at = coalesce(read_at, now())
                        where id = ? and lower(recipient) = lower(?) returning link""")
                .params(id, recipient)
                .query((rs, n) -> rs.getString(1))
                .optional()
                .orElse(null);
    }

    void readAll(String recipient) {
        jdbc.sql(
                        "update coordination.notification set read_at = now() where lower(recipient) = lower(?) and read_at is null")
                .param(recipient)
                .update();
    }
}
