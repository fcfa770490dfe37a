package ru.opora.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.ImportReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who changed what, when, with the state before and after. Entries are written in the changing
 * transaction (a change without its entry cannot commit) and are never updated or deleted.
 */
@Component
public class AuditLog {

    /** One entry as the audit page and its export show it. */
    public record Entry(
            long id,
            Instant occurredAt,
            String actor,
            String entityType,
            String entityId,
            String entityLabel,
            String action,
            @Nullable String before,
            @Nullable String after) {

        /** The moment in the region's time zone, as every page shows times. */
        public String time() {
            return ru.opora.shared.Formats.dateTimeSeconds(occurredAt);
        }
    }

    /** Filters of the audit page; empty strings mean "any". */
    public record Filter(
            String actor,
            String entityType,
            String text,
            @Nullable Instant from,
            @Nullable Instant to) {}

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Records many changes in one batch (an import of a region's results touches every school). */
    public void recordAll(List<Change> changes) {
        int n = changes.size();
        String[] actors = new String[n];
        String[] types = new String[n];
        String[] ids = new String[n];
        String[] labels = new String[n];
        String[] actions = new String[n];
        @Nullable String[] paths = new String[n];
        @Nullable String[] before = new String[n];
        @Nullable String[] after = new String[n];
        for (int i = 0; i < n; i++) {
            Change c = changes.get(i);
            actors[i] = c.actor();
            paths[i] = c.orgPath() == null ? null : c.orgPath().value();
            types[i] = c.entityType();
            ids[i] = c.entityId();
            labels[i] = c.entityLabel();
            actions[i] = c.action();
            before[i] = toJson(c.before());
            after[i] = toJson(c.after());
        }
        // one statement over arrays, not a batch of one insert per entry: an import records one entry per school
        batch.update("""
                insert into identity.audit_event (actor, org_path, entity_type, entity_id, entity_label, action, before_state, after_state)
                select actor, org_path, entity_type, entity_id, entity_label, action, cast(before_state as jsonb), cast(after_state as jsonb)
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     with ordinality as e(actor, org_path, entity_type, entity_id, entity_label, action, before_state, after_state, n)
                order by n
                """, actors, paths, types, ids, labels, actions, before, after);
    }

    /**
     * One change to record.
     *
     * @param orgPath the path of the org unit the change concerns; the audit page is cut by it
     * @param action CREATE, UPDATE, DISABLE, ENABLE, PASSWORD_RESET…
     * @param before the state before the change; null when the entity was created
     */
    public record Change(
            String actor,
            @Nullable OrgPath orgPath,
            String entityType,
            String entityId,
            String entityLabel,
            String action,
            @Nullable Map<String, Object> before,
            @Nullable Map<String, Object> after) {}

    /** A file written by an import (nothing is recorded for a refused one): what it added and replaced. */
    public void recordImport(String actor, String entityType, ImportReport report) {
        if (!report.committed()) return;
        record(new Change(
                actor,
                null,
                entityType,
                report.fileName(),
                report.fileName(),
                "UPDATE",
                null,
                Map.of(
                        "rows", report.dataRows(),
                        "added", report.tally().added(),
                        "replaced", report.tally().replaced(),
                        "unchanged", report.tally().unchanged())));
    }

    /**
     * Records the change with its transaction: inside one, the entries are held and written in one
     * batch just before the commit (a failed write still stops the commit), so a transaction of a
     * thousand changes is not a thousand round trips; outside one, at once.
     */
    public void record(Change c) {
        var pending = pending();
        if (pending != null) pending.add(c);
        else insert(c);
    }

    /**
     * The entries held for the current transaction, bound on the first; null outside a transaction,
     * once written, or in a transaction started inside another (REQUIRES_NEW), which writes at once.
     */
    private java.util.@Nullable List<Change> pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) return null;
        Object connection = TransactionSynchronizationManager.getResource(dataSource());
        if (connection == null) return null;
        var held = (Pending) TransactionSynchronizationManager.getResource(this);
        if (held != null) return held.owner() == connection ? held.changes() : null;
        var fresh = new Pending(connection, new java.util.ArrayList<>());
        TransactionSynchronizationManager.bindResource(this, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                writeHeld();
            }

            @Override
            public void afterCompletion(int status) {
                var bound = (Pending) TransactionSynchronizationManager.getResource(AuditLog.this);
                if (bound != null && bound.owner() == connection)
                    TransactionSynchronizationManager.unbindResource(AuditLog.this);
            }
        });
        return fresh.changes();
    }

    private javax.sql.DataSource dataSource() {
        return java.util.Objects.requireNonNull(batch.getDataSource());
    }

    /** Writes the entries held for the current transaction; later ones in it are written at once. */
    private void writeHeld() {
        var held = (Pending) TransactionSynchronizationManager.getResource(this);
        if (held == null || held.changes() == null) return;
        Object connection = TransactionSynchronizationManager.getResource(dataSource());
        if (held.owner() != connection) return;
        // a change recorded after this point (by another synchronization) goes straight in
        TransactionSynchronizationManager.unbindResource(this);
        TransactionSynchronizationManager.bindResource(this, new Pending(held.owner(), null));
        var changes = held.changes();
        if (changes != null && !changes.isEmpty()) recordAll(changes);
    }

    /** Entries of a transaction (its connection) not yet written; null once they were. */
    private record Pending(Object owner, java.util.@Nullable List<Change> changes) {}

    private void insert(Change c) {
        jdbc.sql("""
                insert into identity.audit_event (actor, org_path, entity_type, entity_id, entity_label, action, before_state, after_state)
                values (:actor, :path, :type, :id, :label, :action, cast(:before as jsonb), cast(:after as jsonb))
                """)
                .param("actor", c.actor())
                .param("path", c.orgPath() == null ? null : c.orgPath().value())
                .param("type", c.entityType())
                .param("id", c.entityId())
                .param("label", c.entityLabel())
                .param("action", c.action())
                .param("before", toJson(c.before()))
                .param("after", toJson(c.after()))
                .update();
    }

    /**
     * The kinds of entry the reader's part of the log holds, for the page's filter. The kinds are
     * found by skipping along the index of (entity_type, entity_id), one probe per kind, and each
     * checked for an entry in the scope: a {@code distinct} read the whole log on every view of the
     * page (54 ms for the demo's 53,000 entries, growing with the log).
     */
    List<String> types(Scope scope) {
        writeHeld();
        return jdbc.sql("""
                        with recursive kinds (entity_type) as (
                            (select entity_type from identity.audit_event order by entity_type limit 1)
                            union all
                            select (select e.entity_type from identity.audit_event e
                                     where e.entity_type > k.entity_type order by e.entity_type limit 1)
                            from kinds k where k.entity_type is not null)
                        select k.entity_type from kinds k
                        where k.entity_type is not null
                          and exists (select 1 from identity.audit_event e
                                       where e.entity_type = k.entity_type
                                         and (e.org_path is null or e.org_path like any(:scope)))
                        order by 1""")
                .param("scope", scope.likePatterns())
                .query((rs, n) -> java.util.Objects.requireNonNull(rs.getString(1)))
                .list();
    }

    /** Newest first, at most {@code limit} entries, of the reader's scope (entries without a place are everyone's). */
    List<Entry> find(Filter filter, Scope scope, int limit) {
        return find(filter, scope, limit, Long.MAX_VALUE);
    }

    /**
     * As {@link #find(Filter, Scope, int)}, the entries older than the one numbered {@code before}: the
     * next page. Only the filters the reader set become conditions: written as {@code (:actor = ''
     * or …)} and {@code occurred_at >= coalesce(:from, '-infinity')}, the statement's generic plan
     * (chosen after five runs on a connection) took the time index for a range of one row and read
     * and sorted the whole log — 91 ms for the demo's 53,000 entries, growing with the log — where
     * walking the newest entries backwards finds a page in a fraction of a millisecond.
     */
    List<Entry> find(Filter filter, Scope scope, int limit, long before) {
        writeHeld();
        var where = new StringBuilder("(org_path is null or org_path like any(:scope)) and id < :before");
        var params = new java.util.HashMap<String, Object>();
        params.put("scope", scope.likePatterns());
        params.put("before", before);
        params.put("limit", limit);
        String actor = filter.actor().strip();
        if (!actor.isEmpty()) {
            where.append(" and lower(actor) = lower(:actor)");
            params.put("actor", actor);
        }
        String type = filter.entityType().strip();
        if (!type.isEmpty()) {
            where.append(" and entity_type = :type");
            params.put("type", type);
        }
        String text = filter.text().strip();
        if (!text.isEmpty()) {
            where.append(" and (entity_label ilike '%' || :text || '%' or entity_id = :text)");
            params.put("text", text);
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        return jdbc.sql("select id, occurred_at, actor, entity_type, entity_id, entity_label, action,"
                        + " before_state::text as before_state, after_state::text as after_state"
                        + " from identity.audit_event where " + where + " order by id desc limit :limit")
                .params(params)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("entity_label"),
                        rs.getString("action"),
                        rs.getString("before_state"),
                        rs.getString("after_state")))
                .list();
    }

    private @Nullable String toJson(@Nullable Map<String, Object> state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}
