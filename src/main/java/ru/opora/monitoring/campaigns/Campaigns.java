package ru.opora.monitoring.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.monitoring.indicators.Indicator;
import ru.opora.monitoring.indicators.IndicatorSets;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;
import ru.opora.support.CohortSchools;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region's campaigns: created for a cohort with the region's indicator set of the day and the
 * cohort's schools, moved along §8.4 by the region; opening one fills in the computed values.
 */
@Component
public class Campaigns {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final IndicatorSets indicatorSets;
    private final CohortSchools cohortSchools;
    private final CampaignOpening opening;

    Campaigns(
            JdbcClient jdbc,
            JsonMapper json,
            AuditLog audit,
            IndicatorSets indicatorSets,
            CohortSchools cohortSchools,
            CampaignOpening opening) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.indicatorSets = indicatorSets;
        this.cohortSchools = cohortSchools;
        this.opening = opening;
    }

    /** The years of the region's cohorts, newest first: a campaign belongs to one. */
    public List<Integer> cohortYears(UUID regionId) {
        return cohortSchools.years(regionId);
    }

    /** Why a campaign cannot be created, as a message key; empty when it can. */
    Optional<String> problem(OrgPath regionPath, int cohortYear, LocalDate opensOn, LocalDate dueOn) {
        if (cohortSchools.of(regionPath.regionId(), cohortYear).isEmpty())
            return Optional.of("monitoring.campaign.error.noCohort");
        if (dueOn.isBefore(opensOn)) return Optional.of("monitoring.campaign.error.dates");
        return Optional.empty();
    }

    @RequiresPermission(Permission.MONITORING_MANAGE)
    @Transactional
    public UUID create(
            OrgPath regionPath, int cohortYear, Campaign.Kind kind, LocalDate opensOn, LocalDate dueOn, String actor) {
        if (problem(regionPath, cohortYear, opensOn, dueOn).isPresent())
            throw new IllegalArgumentException("checked by the page");
        UUID id = UUID.randomUUID();
        var set = indicatorSets.current(regionPath.regionId());
        jdbc.sql("""
                        insert into monitoring.campaign (id, region_id, region_path, cohort_year, kind, status, opens_on, due_on,
                            indicator_version, indicators, created_by)
                        values (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, cast(? as jsonb), ?)""")
                .params(
                        id,
                        regionPath.regionId(),
                        regionPath.value(),
                        cohortYear,
                        kind.name(),
                        opensOn,
                        dueOn,
                        set.number(),
                        json.writeValueAsString(set.indicators().stream()
                                .filter(Indicator::ofSchool)
                                .toList()),
                        actor)
                .update();
        cohortSchools
                .of(regionPath.regionId(), cohortYear)
                .forEach((school, path) -> jdbc.sql(
                                "insert into monitoring.campaign_school (campaign_id, school_id, school_path) values (?, ?, ?)")
                        .params(id, school, path.value())
                        .update());
        audit.record(new AuditLog.Change(
                actor,
                regionPath,
                "MONITORING_CAMPAIGN",
                id.toString(),
                kind + " " + cohortYear,
                "CREATE",
                Map.of(),
                Map.of(
                        "kind",
                        kind.name(),
                        "cohort",
                        cohortYear,
                        "opensOn",
                        opensOn.toString(),
                        "dueOn",
                        dueOn.toString())));
        return id;
    }

    /** Moves the campaign along §8.4; opening it (again) fills in the computed values. */
    @RequiresPermission(Permission.MONITORING_MANAGE)
    @Transactional
    public void move(UUID id, Campaign.Status target, Scope scope, String actor) {
        var campaign = find(id, scope).orElseThrow(ru.opora.shared.NotFound::new);
        if (!scope.isRegionWide()) throw new org.springframework.security.access.AccessDeniedException("the region's");
        if (!campaign.status().next().contains(target)) throw new IllegalStateException("not allowed");
        jdbc.sql("update monitoring.campaign set status = ? where id = ? and status = ?")
                .params(target.name(), id, campaign.status().name())
                .update();
        if (target == Campaign.Status.OPEN)
            opening.opened(campaign, schools(campaign, Scope.of(campaign.regionPath())), actor);
        audit.record(new AuditLog.Change(
                actor,
                campaign.regionPath(),
                "MONITORING_CAMPAIGN",
                id.toString(),
                campaign.kind() + " " + campaign.cohortYear(),
                "STATUS",
                Map.of("status", campaign.status().name()),
                Map.of("status", target.name())));
    }

    /** The campaign when it is of the reader's region. */
    public Optional<Campaign> find(UUID id, Scope scope) {
        return jdbc.sql(SELECT + " where id = ? and region_id = ?")
                .params(id, scope.regionId())
                .query((rs, n) -> campaign(rs))
                .optional();
    }

    /** The region's campaigns, newest cohort first, then by opening date. */
    public List<Campaign> list(UUID regionId) {
        return jdbc.sql(SELECT + " where region_id = ? order by cohort_year desc, opens_on, created_at")
                .param(regionId)
                .query((rs, n) -> campaign(rs))
                .list();
    }

    /** The campaign's schools within the scope, with their paths. */
    public Map<UUID, OrgPath> schools(Campaign c, Scope scope) {
        var schools = new java.util.LinkedHashMap<UUID, OrgPath>();
        if (scope.isEmpty()) return schools;
        jdbc.sql("select school_id, school_path from monitoring.campaign_school where campaign_id = ? and "
                        + scope.sqlCondition("school_path") + " order by school_path")
                .params(c.id())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), OrgPath.parse(rs.getString(2))))
                .list()
                .forEach(e -> schools.put(e.getKey(), e.getValue()));
        return schools;
    }

    private static final String SELECT = """
            select id, region_id, region_path, cohort_year, kind, status, opens_on, due_on, indicator_version,
                   indicators::text as indicators, created_by from monitoring.campaign""";

    private Campaign campaign(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Campaign(
                rs.getObject("id", UUID.class),
                rs.getObject("region_id", UUID.class),
                OrgPath.parse(rs.getString("region_path")),
                rs.getInt("cohort_year"),
                Campaign.Kind.valueOf(rs.getString("kind")),
                Campaign.Status.valueOf(rs.getString("status")),
                rs.getObject("opens_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getInt("indicator_version"),
                List.of(json.readValue(rs.getString("indicators"), Indicator[].class)),
                rs.getString("created_by"));
    }
}
