package ru.opora.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;

/**
 * A monitoring campaign summed up for a unit — what an analytical note on a round of monitoring
 * says: for each school indicator, the mean of the unit's schools at each of the cohort's
 * campaigns up to this one, the target, and how many schools reached it, progressed, stood still
 * or went back against their first value.
 */
public interface CampaignSummaries {

    /** A campaign a note may be written on (one that opened), by its title. */
    record CampaignRef(UUID id, int cohortYear, String title, LocalDate opensOn) {}

    /**
     * One indicator: the means by campaign (null where no school had a value), and the count of
     * schools by where they stand now.
     */
    record IndicatorLine(
            String name,
            boolean percent,
            boolean higherIsBetter,
            @Nullable Double target,
            List<@Nullable Double> means,
            int reached,
            int progress,
            int noProgress,
            int worse,
            int noData) {}

    /**
     * The campaign, the cohort's campaigns it is read with (in order, each by its kind and opening
     * date: the cohort is the note's), the unit's schools and the lines.
     */
    record Summary(CampaignRef campaign, List<String> campaigns, int schools, List<IndicatorLine> lines) {}

    /** The campaigns of the scope's region that opened, newest first. */
    List<CampaignRef> campaigns(Scope scope, Locale locale);

    /** The campaign summed up for the unit; empty when the campaign is not of the unit's region. */
    Optional<Summary> of(UUID campaign, OrgUnitRef unit, Locale locale);
}
