package ru.opora.identity;

import java.time.Instant;
import java.time.LocalDate;
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
 * «field: value» per field (nested fields as «field.part»), dates and times written as everywhere
 * else in Opora. The log keeps the JSON as it was; only its reading changes.
 */
final class AuditState {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b(?!T)");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+(Z|[+-]\\d{2}:\\d{2})");

    private AuditState() {}

    static String readable(@Nullable String json) {
        if (json == null || json.isBlank()) return "";
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (RuntimeException e) {
            return json; // an entry written before the log kept JSON
        }
        var lines = new ArrayList<String>();
        write("", root, lines);
        return String.join("\n", lines);
    }

    private static void write(String name, JsonNode node, List<String> lines) {
        if (node.isObject()) {
            for (var field : node.properties())
                write(name.isEmpty() ? field.getKey() : name + "." + field.getKey(), field.getValue(), lines);
            return;
        }
        String value = node.isArray() ? items(node) : value(node);
        lines.add(name.isEmpty() ? value : name + ": " + value);
    }

    /** A list on one line; a list of records as «(field: value; …), (…)». */
    private static String items(JsonNode array) {
        var values = new ArrayList<String>();
        for (JsonNode item : array) {
            if (item.isValueNode()) {
                values.add(value(item));
                continue;
            }
            var fields = new ArrayList<String>();
            write("", item, fields);
            values.add("(" + String.join("; ", fields) + ")");
        }
        return String.join(", ", values);
    }

    private static String value(JsonNode node) {
        if (node.isNull()) return "—";
        if (node.isNumber()) return Formats.plain(node.numberValue());
        if (node.isBoolean()) return node.booleanValue() ? "да" : "нет";
        String text = node.asString();
        try {
            if (MOMENT.matcher(text).matches()) return Formats.dateTime(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return text;
        }
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
