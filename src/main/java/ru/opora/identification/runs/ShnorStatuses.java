package ru.opora.identification.runs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.identification.ExitRiskCondition;
import ru.opora.identification.ShnorState;
import ru.opora.identification.engine.Verdict;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;

/**
 * Schools' ШНОР statuses and their history. A confirmed list makes its new candidates CANDIDATE and
 * applies the exit rule to schools in support: two years running without low ВПР or ОГЭ/ЕГЭ make
 * them EXIT_PENDING, provided every risk the school chose to work on is at most MEDIUM in its
 * newest profile (docs/domain.md §6.6; {@link ExitRiskCondition}, answered by the risk module). People
 * move a school on with a reason; nothing changes without one.
 */
@Component
class ShnorStatuses {

    /** A school's current status. */
    public record Status(
            UUID schoolId,
            OrgPath schoolPath,
            ShnorState state,
            String source,
            int entryYear,
            @Nullable Integer exitYear,
            Instant changedAt) {}

    /** One change of a school's status. */
    public record Event(
            @Nullable ShnorState from,
            ShnorState to,
            String reason,
            @Nullable UUID runId,
            String actor,
            Instant at) {}

    /** One change about to be recorded. */
    private record Change(
            UUID schoolId,
            OrgPath path,
            @Nullable ShnorState from,
            ShnorState to,
            String reason,
            @Nullable UUID runId) {}

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSource messages;
    private final List<ExitRiskCondition> riskConditions;
    private final List<ru.opora.identification.ExitMonitoringCondition> monitoringConditions;
    private final ru.opora.orgunits.OrgUnits orgUnits;

    ShnorStatuses(
            JdbcClient jdbc,
            AuditLog audit,
            MessageSource messages,
            List<ExitRiskCondition> riskConditions,
            List<ru.opora.identification.ExitMonitoringCondition> monitoringConditions,
            ru.opora.orgunits.OrgUnits orgUnits) {
        this.monitoringConditions = monitoringConditions;
        this.orgUnits = orgUnits;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.riskConditions = riskConditions;
    }

    /** Called in the transaction that confirms a run: new candidates, and the exit rule for schools in support. */
    void onRunConfirmed(
            IdentificationRuns.Run run,
            UUID regionId,
            Map<UUID, OrgPath> paths,
            List<Verdict> verdicts,
            Map<UUID, Verdict> previousYear,
            String actor) {
        for (Verdict v : verdicts) {
            OrgPath path = paths.get(v.schoolId());
            if (path == null) continue;
            var current = find(v.schoolId());
            if (v.outcome() == Verdict.Outcome.CANDIDATE
                    && (current.isEmpty() || current.get().state() == ShnorState.EXITED)) {
                enter(v.schoolId(), path, regionId, run, actor);
            } else if (current.isPresent()
                    && current.get().state().active()
                    && notLow(v)
                    && notLow(previousYear.get(v.schoolId()))) {
                var risks = risks(v.schoolId(), run.year());
                if (risks.outcome() == ExitRiskCondition.Outcome.NOT_MET) continue;
                String more = monitored(v, previousYear.get(v.schoolId()), run);
                if (more == null) continue;
                String reason = messages.getMessage(
                                "shnor.reason.exitRule",
                                new Object[] {String.valueOf(run.year() - 1), String.valueOf(run.year())},
                                RU)
                        + " "
                        + messages.getMessage(
                                "shnor.reason.risks." + risks.outcome(), new Object[] {risks.detail()}, RU)
                        + more;
                change(current.get(), ShnorState.EXIT_PENDING, reason, run.id(), actor, null);
            }
        }
    }

    /**
     * The parts of the exit rule the region may add (issue #17): the final monitoring's targets
     * reached, the share of «2» fallen from the year before. Returns the words for the history, or
     * null when a required part does not hold.
     */
    private @Nullable String monitored(Verdict now, @Nullable Verdict before, IdentificationRuns.Run run) {
        var words = new StringBuilder();
        var rules = run.rules();
        if (Boolean.TRUE.equals(rules.exitNeedsMonitoring())) {
            var check = monitoringConditions.isEmpty()
                    ? new ExitRiskCondition.Check(ExitRiskCondition.Outcome.UNKNOWN, "")
                    : monitoringConditions.getFirst().check(now.schoolId(), run.year());
            if (check.outcome() != ExitRiskCondition.Outcome.MET) return null;
            words.append(' ').append(messages.getMessage("shnor.reason.monitoring", new Object[] {check.detail()}, RU));
        }
        if (Boolean.TRUE.equals(rules.exitNeedsVprGain())) {
            if (before == null || before.years().isEmpty() || now.years().isEmpty()) return null;
            double was = before.years().getFirst().share2();
            double is = now.years().getFirst().share2();
            if (!(is < was)) return null;
            words.append(' ')
                    .append(messages.getMessage(
                            "shnor.reason.vprGain", new Object[] {Explanation.pct(was), Explanation.pct(is)}, RU));
        }
        return words.toString();
    }

    /** The risk part of the exit rule; without a module that answers it, the rule says it was not checked. */
    private ExitRiskCondition.Check risks(UUID schoolId, int year) {
        if (riskConditions.isEmpty()) return new ExitRiskCondition.Check(ExitRiskCondition.Outcome.UNKNOWN, "");
        return riskConditions.getFirst().check(schoolId, year);
    }

    private static boolean notLow(@Nullable Verdict v) {
        return v != null && v.outcome() != Verdict.Outcome.TOO_FEW && !v.lowInVpr() && !v.lowInGia();
    }

    private void enter(UUID schoolId, OrgPath path, UUID regionId, IdentificationRuns.Run run, String actor) {
        var before = find(schoolId);
        jdbc.sql("""
                        insert into identification.shnor_status (school_id, school_path, region_id, state, source, entry_year, entry_run)
                        values (?, ?, ?, 'CANDIDATE', 'REGIONAL_LIST', ?, ?)
                        on conflict (school_id) do update set state = 'CANDIDATE', school_path = excluded.school_path,
                            entry_year = excluded.entry_year, entry_run = excluded.entry_run, exit_year = null, changed_at = now()""").params(schoolId, path, regionId, run.year(), run.id()).update();
        String reason = messages.getMessage("shnor.reason.candidate", new Object[] {String.valueOf(run.year())}, RU);
        event(
                new Change(
                        schoolId, path, before.map(Status::state).orElse(null), ShnorState.CANDIDATE, reason, run.id()),
                actor);
    }

    /** A person's move, checked against the allowed transitions and the reader's scope. */
    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    void move(UUID schoolId, ShnorState to, String reason, Scope scope, String actor) {
        var current = find(schoolId)
                .filter(s -> scope.permits(s.schoolPath()))
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        if (!current.state().next().contains(to)) throw new IllegalArgumentException("shnor.error.transition");
        if (reason.isBlank()) throw new IllegalArgumentException("shnor.error.reason");
        change(
                current,
                to,
                reason.strip(),
                null,
                actor,
                to == ShnorState.EXITED ? java.time.Year.now().getValue() : null);
    }

    private void change(
            Status current,
            ShnorState to,
            String reason,
            @Nullable UUID runId,
            String actor,
            @Nullable Integer exitYear) {
        jdbc.sql(
                        "update identification.shnor_status set state = ?, exit_year = ?, changed_at = now() where school_id = ?")
                .params(to.name(), exitYear, current.schoolId())
                .update();
        event(new Change(current.schoolId(), current.schoolPath(), current.state(), to, reason, runId), actor);
    }

    private void event(Change c, String actor) {
        UUID schoolId = c.schoolId();
        ShnorState from = c.from();
        ShnorState to = c.to();
        String reason = c.reason();
        OrgPath path = c.path();
        UUID runId = c.runId();
        jdbc.sql("""
                        insert into identification.shnor_status_event (school_id, from_state, to_state, reason, run_id, actor)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(schoolId, from == null ? null : from.name(), to.name(), reason, runId, actor)
                .update();
        var before = new HashMap<String, Object>();
        if (from != null) before.put("state", from.name());
        audit.record(new AuditLog.Change(
                actor,
                path,
                "SHNOR_STATUS",
                schoolId.toString(),
                // the log names the school whose status changed; the state is in the record
                orgUnits.find(schoolId).map(o -> o.code() + " " + o.name()).orElse(schoolId.toString()),
                "UPDATE",
                from == null ? null : before,
                Map.of("state", to.name(), "reason", reason)));
    }

    Optional<Status> find(UUID schoolId) {
        return jdbc.sql(SELECT + " where school_id = ?")
                .param(schoolId)
                .query((rs, n) -> status(rs))
                .optional();
    }

    List<Status> list(Scope scope, @Nullable ShnorState state) {
        if (scope.isEmpty()) return List.of();
        var params = new ArrayList<Object>();
        String where = scope.sqlCondition("school_path");
        if (state != null) {
            where += " and state = ?";
            params.add(state.name());
        }
        return jdbc.sql(SELECT + " where " + where + " order by state, school_path")
                .params(params)
                .query((rs, n) -> status(rs))
                .list();
    }

    List<Event> history(UUID schoolId) {
        return jdbc.sql("""
                        select from_state, to_state, reason, run_id, actor, at from identification.shnor_status_event
                        where school_id = ? order by at desc, id desc""")
                .param(schoolId)
                .query((rs, n) -> new Event(
                        rs.getString("from_state") == null ? null : ShnorState.valueOf(rs.getString("from_state")),
                        ShnorState.valueOf(rs.getString("to_state")),
                        rs.getString("reason"),
                        rs.getObject("run_id", UUID.class),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    private static final String SELECT = """
            select school_id, school_path, state, source, entry_year, exit_year, changed_at from identification.shnor_status""";

    private static Status status(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Status(
                rs.getObject("school_id", UUID.class),
                OrgPath.parse(rs.getString("school_path")),
                ShnorState.valueOf(rs.getString("state")),
                rs.getString("source"),
                rs.getInt("entry_year"),
                rs.getObject("exit_year") == null ? null : rs.getInt("exit_year"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
