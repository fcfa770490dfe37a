package ru.opora.people.mentoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.orgunits.OrgPath;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region's lesson-observation protocol: its criteria, each scored from 0 to its maximum.
 * Version 0 is {@code people/observation-protocol-default.json}; a region saves its own as a new
 * version with a reason, and an observation keeps the criteria it was scored by.
 */
@Component
public class ObservationProtocols {

    /** A criterion of the protocol. */
    public record Criterion(String code, String name, int max) {}

    public record Protocol(int version, List<Criterion> criteria, String reason) {

        public int maxTotal() {
            return criteria.stream().mapToInt(Criterion::max).sum();
        }

        /** The criteria as the settings form writes them: «name;max» a line. */
        public String lines() {
            var text = new StringBuilder();
            for (Criterion c : criteria)
                text.append(c.name()).append(';').append(c.max()).append('\n');
            return text.toString();
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Protocol defaults;

    ObservationProtocols(JdbcClient jdbc, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        try (var in = new ClassPathResource("people/observation-protocol-default.json").getInputStream()) {
            this.defaults = new Protocol(0, List.of(json.readValue(in, Criterion[].class)), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Protocol current(UUID regionId) {
        return jdbc.sql("""
                        select version, criteria::text, reason from people.observation_protocol where region_id = ?
                        order by version desc limit 1""")
                .param(regionId)
                .query((rs, n) -> new Protocol(
                        rs.getInt(1), List.of(json.readValue(rs.getString(2), Criterion[].class)), rs.getString(3)))
                .optional()
                .orElse(defaults);
    }

    /**
     * Parses «name;max» lines into criteria; the message keys of what is wrong, empty when the lines
     * make a protocol (each maximum from 1 to 10, at least one criterion, no name twice).
     */
    static List<String> parse(String text, List<Criterion> into) {
        var problems = new ArrayList<String>();
        var names = new java.util.HashSet<String>();
        int n = 0;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) continue;
            int cut = line.lastIndexOf(';');
            Integer max = cut < 0
                    ? null
                    : ru.opora.shared.importing.Row.parseInteger(
                            line.substring(cut + 1).strip());
            String name = cut < 0 ? line.strip() : line.substring(0, cut).strip();
            if (max == null || max < 1 || max > 10 || name.isEmpty()) {
                problems.add("people.protocol.line");
                continue;
            }
            if (!names.add(name.toLowerCase(java.util.Locale.ROOT))) problems.add("people.protocol.twice");
            into.add(new Criterion("C" + (++n), name, max));
        }
        if (into.isEmpty()) problems.add("people.protocol.empty");
        return problems;
    }

    /** Saves the criteria as the region's next version; the message keys of what is wrong, or none. */
    @Transactional
    public List<String> save(OrgPath region, String text, @Nullable String reason, String actor) {
        var criteria = new ArrayList<Criterion>();
        var problems = new ArrayList<>(parse(text, criteria));
        if (reason == null || reason.isBlank()) problems.add("people.protocol.reason");
        if (!problems.isEmpty()) return problems;
        int version = current(region.regionId()).version() + 1;
        jdbc.sql("""
                        insert into people.observation_protocol (region_id, version, criteria, reason, created_by)
                        values (?, ?, ?::jsonb, ?, ?)""")
                .params(region.regionId(), version, json.writeValueAsString(criteria), reason.strip(), actor)
                .update();
        var after = new java.util.HashMap<String, Object>();
        after.put("version", version);
        after.put(
                "criteria",
                String.join(
                        "; ",
                        criteria.stream()
                                .map(c -> c.name() + " (" + c.max() + ")")
                                .toList()));
        after.put("reason", reason.strip());
        audit.record(new AuditLog.Change(
                actor,
                region,
                "OBSERVATION_PROTOCOL",
                region.regionId().toString(),
                "v" + version,
                "CREATE",
                null,
                after));
        return List.of();
    }
}
