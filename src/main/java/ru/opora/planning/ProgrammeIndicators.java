package ru.opora.planning;

import java.util.List;
import java.util.UUID;

/**
 * The region's monitoring indicators a school's programme may name, so that a programme's
 * baseline and target and the monitoring's measured values are about one indicator. Answered by
 * monitoring; without it a programme's indicators are the school's own words only.
 */
public interface ProgrammeIndicators {

    /** An indicator as the editor offers it: its code, name and unit as people write it («%», «чел.»). */
    record Option(String code, String name, String unit) {}

    /** The school-level indicators of the region's current set. */
    List<Option> of(UUID regionId);
}
