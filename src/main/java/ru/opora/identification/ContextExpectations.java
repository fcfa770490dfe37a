package ru.opora.identification;

import java.util.Set;
import java.util.UUID;
import ru.opora.orgunits.OrgPath;

/**
 * Schools that do far better than their context predicts (docs/domain.md §6.6, the context model of #4):
 * their share of «2» is at least {@code z} residual spreads below the expected one. Such schools are
 * candidate tutor schools for the support cycle.
 */
public interface ContextExpectations {

    /** The schools of the region whose newest ВПР year up to {@code year} is at least {@code z} spreads better than expected. */
    Set<UUID> aboveExpectation(OrgPath regionPath, int year, double z);
}
