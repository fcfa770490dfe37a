package ru.opora.risk.profiles;

import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgPath;

/** Risk profiles for tests: the region's cohort computed from what the region's schools have now. */
@Component
public class TestRisks {

    private final Profiles profiles;

    TestRisks(Profiles profiles) {
        this.profiles = profiles;
    }

    /** Computes the cohort's profiles of every school of the region; returns how many were written. */
    public int profiles(OrgPath region, int year) {
        return profiles.recompute(new Cohort(region, year), "test");
    }
}
