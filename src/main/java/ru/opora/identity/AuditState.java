package ru.opora.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import ru.opora.shared.Formats;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record's state before or after a change, as the audit page and its export show it: one line
 * «field: value» per field (nested fields as «field.part»), fields and coded values by their names
 * ({@link Terms}), dates and times written as everywhere else in Opora. The log keeps the JSON as
 * it was; only its reading changes.
 */
final class AuditState {

    /** Names of a record's fields and of the codes in its values; a name not known stays as written. */
    interface Terms {
        Terms NONE = new Terms() {
            @Override
            public String field(String name) {
                return name;
            }

            @Override
            public String value(String field, String value) {
                return value;
            }
        };

        String field(String name);

        /** The value of a field by its name: a code, or a list of codes «A,B» or «[a, b]». */
        String value(String field, String value);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b(?!T)");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(?i)year|cohort");
    private static final Pattern LOCAL_MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:[\\d.]+)?");

    private AuditState() {}

    static String readable(@Nullable String json) {
        return readable(json, Terms.NONE);
    }

    static String readable(@Nullable String json, Terms terms) {
        if (json == null || json.isBlank()) return "";
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (RuntimeException e) {
            return json; // an entry written before the log kept JSON
        }
        var lines = new ArrayList<String>();
        write("", "", root, lines, terms);
        return String.join("\n", lines);
    }

    /** {@code key} is the field's own name, which names its codes; {@code name} the whole path as shown. */
    private static void write(String name, String key, JsonNode node, List<String> lines, Terms terms) {
        if (node.isString() && nestedJson(node.asString())) {
            // a list of records kept as JSON text in one field (a self-diagnosis's entries)
            try {
                node = JSON.readTree(node.asString());
            } catch (RuntimeException e) {
                // not JSON after all: shown as text below
            }
        }
        if (node.isObject()) {
            for (var field : node.properties()) {
                String shown = terms.field(field.getKey());
                write(name.isEmpty() ? shown : name + "." + shown, field.getKey(), field.getValue(), lines, terms);
            }
            return;
        }
        String value = node.isArray() ? items(key, node, terms) : value(key, node, terms);
        lines.add(name.isEmpty() ? value : name + ": " + value);
    }

    private static boolean nestedJson(String text) {
        return (text.startsWith("[{") && text.endsWith("}]")) || (text.startsWith("{\"") && text.endsWith("}"));
    }

    /** A list on one line; a list of records as «(field: value; …), (…)». */
    private static String items(String key, JsonNode array, Terms terms) {
        var values = new ArrayList<String>();
        for (JsonNode item : array) {
            if (item.isValueNode()) {
                values.add(value(key, item, terms));
                continue;
            }
            var fields = new ArrayList<String>();
            write("", key, item, fields, terms);
            values.add("(" + String.join("; ", fields) + ")");
        }
        return String.join(", ", values);
    }

    private static String value(String key, JsonNode node, Terms terms) {
        if (node.isNull()) return "—";
        // a year is a name, not a quantity: «2026», never «2 026»
        if (node.isIntegralNumber() && YEAR.matcher(key).find()) return node.asString();
        if (node.isNumber()) return Formats.plain(node.numberValue());
        if (node.isBoolean()) return node.booleanValue() ? "да" : "нет";
        String text = node.asString();
        try {
            if (MOMENT.matcher(text).matches()) return Formats.dateTime(Instant.parse(text));
            if (LOCAL_MOMENT.matcher(text).matches()) return Formats.dateTime(LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return text;
        }
        String named = terms.value(key, text);
        if (!named.equals(text)) return named;
        // dates alone or inside a text («2026-09-01 — 2027-05-31»)
        return DATE.matcher(text).replaceAll(m -> {
            try {
                return Formats.date(LocalDate.parse(m.group()));
            } catch (DateTimeParseException e) {
                return m.group();
            }
        });
    }
}
