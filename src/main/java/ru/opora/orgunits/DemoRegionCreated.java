package ru.opora.orgunits;

import java.util.List;
import java.util.UUID;

/**
 * The demo region was generated on an empty database. Modules that add demo data listen to this
 * (synchronously, so that the demo is complete when Opora starts serving).
 *
 * @param municipalityIds in the generator's order: the first is the demo coordinator's
 * @param schoolIds in the generator's order, grouped by municipality
 * @param seed the generator's seed, for modules that generate their own data deterministically
 */
public record DemoRegionCreated(UUID regionId, List<UUID> municipalityIds, List<UUID> schoolIds, long seed) {}
