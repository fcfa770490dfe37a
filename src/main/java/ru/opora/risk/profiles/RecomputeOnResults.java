package ru.opora.risk.profiles;

import java.util.LinkedHashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.opora.assessments.AssessmentResultsImported;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnits;

/**
 * New results change the share of «2» and so the profiles of the cohorts that already have them. A
 * region without profiles yet is left alone: its first profiles are computed when its catalogue is
 * first used, and the demo's thirty imports do not each compute a region that nobody reads yet.
 */
@Component
class RecomputeOnResults {

    private static final Logger log = LoggerFactory.getLogger(RecomputeOnResults.class);

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final Profiles profiles;

    RecomputeOnResults(JdbcClient jdbc, OrgUnits orgUnits, Profiles profiles) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.profiles = profiles;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AssessmentResultsImported event) {
        recompute(event.schoolIds());
    }

    /** Withdrawn results change the figures as much as new ones. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ru.opora.assessments.AssessmentResultsWithdrawn event) {
        recompute(event.schoolIds());
    }

    /** A confirmed (or no longer confirmed) objectivity flag is one of the profile's indicators. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ru.opora.identification.ObjectivityFlagReviewed event) {
        recompute(java.util.List.of(event.schoolId()), "objectivity");
    }

    private void recompute(java.util.List<java.util.UUID> schoolIds) {
        recompute(schoolIds, "results");
    }

    private void recompute(java.util.List<java.util.UUID> schoolIds, String cause) {
        var regions = new LinkedHashSet<OrgPath>();
        for (var school : orgUnits.byIds(schoolIds)) regions.add(school.path().region());
        for (OrgPath regionPath : regions) {
            var years = jdbc.sql(
                            "select distinct cohort_year from risk.profile where school_path like ? and is_current")
                    .param(regionPath.likePattern())
                    .query(Integer.class)
                    .list();
            for (int year : years) {
                int changed = profiles.recompute(new Cohort(regionPath, year), cause);
                log.info("{}: {} risk profiles of {} changed", cause, changed, year);
            }
        }
    }
}
