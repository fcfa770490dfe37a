package ru.opora.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.shared.AuditTerms;

/**
 * The audit log read in words: a field by its name ({@code audit.field.<field>}), a coded value by
 * the vocabulary its record's kind and field point to ({@code audit.values.<KIND>.<field>}, else
 * {@code audit.values.<field>}): a message prefix such as {@code role.}, {@code @orgUnit} for an
 * org unit's id, or another module's {@link AuditTerms}. What has no name stays as written.
 */
@Component
class AuditReading {

    /** An entry with its states read for people; the page and the export show these. */
    record Line(AuditLog.Entry entry, String actor, String beforeText, String afterText) {
        public String time() {
            return entry.time();
        }

        public String entityType() {
            return entry.entityType();
        }

        public String entityLabel() {
            return entry.entityLabel();
        }

        public String action() {
            return entry.action();
        }
    }

    private static final String ORG_UNIT = "@orgUnit";

    private final MessageSource messages;
    private final OrgUnits orgUnits;
    private final JdbcClient jdbc;
    private final Map<String, AuditTerms> vocabularies = new HashMap<>();

    AuditReading(MessageSource messages, OrgUnits orgUnits, JdbcClient jdbc, List<AuditTerms> terms) {
        this.messages = messages;
        this.orgUnits = orgUnits;
        this.jdbc = jdbc;
        for (AuditTerms t : terms) vocabularies.put("@" + t.vocabulary(), t);
    }

    /** The lines of one page or export; names looked up once each for all of them. */
    List<Line> lines(List<AuditLog.Entry> entries, Locale locale) {
        var names = new HashMap<String, String>();
        var people = people(entries);
        var lines = new ArrayList<Line>(entries.size());
        for (AuditLog.Entry e : entries) {
            var terms = new Terms(e.entityType(), locale, names);
            String who = people.get(e.actor().toLowerCase(Locale.ROOT));
            lines.add(new Line(
                    e,
                    who == null ? e.actor() : who + " (" + e.actor() + ")",
                    AuditState.readable(e.before(), terms),
                    AuditState.readable(e.after(), terms)));
        }
        return lines;
    }

    /**
     * Who made the changes, by their full names: the log keeps the login, which stays beside the
     * name because the filter asks for it; a login without an account (the demo, the system) stays alone.
     */
    private Map<String, String> people(List<AuditLog.Entry> entries) {
        var logins = entries.stream()
                .map(e -> e.actor().toLowerCase(Locale.ROOT))
                .distinct()
                .toArray(String[]::new);
        var people = new HashMap<String, String>();
        if (logins.length == 0) return people;
        jdbc.sql("select lower(username), full_name from identity.user_account where lower(username) = any (?)")
                .param(logins)
                .query((rs, n) -> people.put(rs.getString(1), rs.getString(2)))
                .list();
        return people;
    }

    private final class Terms implements AuditState.Terms {
        private final String kind;
        private final Locale locale;
        private final Map<String, String> names;

        Terms(String kind, Locale locale, Map<String, String> names) {
            this.kind = kind;
            this.locale = locale;
            this.names = names;
        }

        @Override
        public String field(String name) {
            return java.util.Objects.requireNonNullElse(
                    messages.getMessage("audit.field." + name, null, name, locale), name);
        }

        @Override
        public String value(String field, String value) {
            String vocabulary = message("audit.values." + kind + "." + field);
            if (vocabulary == null) vocabulary = message("audit.values." + field);
            if (vocabulary == null) return value;
            String list = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
            var codes = java.util.Arrays.stream(list.split(","))
                    .map(String::strip)
                    .filter(c -> !c.isEmpty())
                    .toList();
            if (vocabulary.equals(ORG_UNIT)) orgUnits(codes);
            var named = new ArrayList<String>();
            for (String code : codes) {
                String v = vocabulary;
                named.add(names.computeIfAbsent(v + "|" + code, k -> name(v, code)));
            }
            return named.isEmpty() ? "—" : String.join(", ", named);
        }

        /** A user's scope lists its org units: their names read at once, not one by one. */
        private void orgUnits(List<String> codes) {
            var ids = new ArrayList<UUID>();
            for (String code : codes) {
                if (names.containsKey(ORG_UNIT + "|" + code)) continue;
                try {
                    ids.add(UUID.fromString(code));
                } catch (IllegalArgumentException e) {
                    // a name written where an id is expected by other kinds: shown as written
                }
            }
            for (OrgUnitRef o : orgUnits.byIds(ids)) names.put(ORG_UNIT + "|" + o.id(), o.name());
        }

        private String name(String vocabulary, String code) {
            if (vocabulary.equals(ORG_UNIT)) return code; // not found by orgUnits(): removed, or not an id
            if (vocabulary.startsWith("@")) {
                var terms = vocabularies.get(vocabulary);
                return terms == null ? code : terms.name(code, locale).orElse(code);
            }
            return java.util.Objects.requireNonNullElse(
                    messages.getMessage(vocabulary + code, null, code, locale), code);
        }

        private @Nullable String message(String key) {
            return messages.getMessage(key, null, null, locale);
        }
    }
}
