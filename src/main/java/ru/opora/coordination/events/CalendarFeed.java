package ru.opora.coordination.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.shared.Formats;

/**
 * A user's calendar as iCalendar (RFC 5545), for a calendar program: read while signed in, or by a
 * secret address the user makes for a program that cannot sign in (only its SHA-256 is kept; a new
 * address replaces the old one).
 */
@Component
class CalendarFeed {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    CalendarFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes the user's secret address (replacing an earlier one) and returns its token, shown once. */
    String renew(String username) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        jdbc.sql("""
                        insert into coordination.calendar_feed (username, token_hash) values (?, ?)
                        on conflict (username) do update set token_hash = excluded.token_hash, created_at = now()""").params(username, hash(token)).update();
        return token;
    }

    /** Whose feed a token opens. */
    Optional<String> owner(String token) {
        if (!token.matches("[0-9a-f]{48}")) return Optional.empty();
        return jdbc.sql("select username from coordination.calendar_feed where token_hash = ?")
                .param(hash(token))
                .query(String.class)
                .optional();
    }

    /** The occurrences as a calendar; times are the region's local times, written in UTC. */
    static String ics(List<EventPages.Occurrence> occurrences, Instant now) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Opora//Coordination//RU");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:Опора");
        for (var o : occurrences) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + o.event().id() + "-" + o.date() + "@opora");
            line(out, "DTSTAMP:" + UTC.format(now.atOffset(ZoneOffset.UTC)));
            line(out, "DTSTART:" + utc(o.starts()));
            line(out, "DTEND:" + utc(o.ends()));
            line(out, "SUMMARY:" + escape(o.event().title()));
            line(out, "LOCATION:" + escape(o.event().place()));
            line(out, "DESCRIPTION:" + escape(o.organiser() + "\n" + o.event().description()));
            if (o.event().cancelled()) line(out, "STATUS:CANCELLED");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String utc(LocalDateTime local) {
        return UTC.format(local.atZone(Formats.zone()).withZoneSameInstant(ZoneOffset.UTC));
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r", "")
                .replace("\n", "\\n");
    }

    /** Writes a content line folded at 75 octets, as the format asks, never splitting a character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
