package ru.opora.orgunits;

import java.util.List;
import java.util.UUID;

/**
 * The demo region was generated on an empty database. Modules that add demo data listen to this
 * (synchronously, so that the demo is complete when Opora starts serving).
 *
 * @param municipalityIds in the generator's order: the first is the demo coordinator's
 * @param schoolIds in the generator's order, grouped by municipality
 * @param schoolMunicipalityIds each school's municipality, index by index
 * @param seed the generator's seed, for modules that generate their own data deterministically
 */
public record DemoRegionCreated(
        UUID regionId, List<UUID> municipalityIds, List<UUID> schoolIds, List<UUID> schoolMunicipalityIds, long seed) {

    /** The first school of the second municipality. */
    public UUID secondMunicipalitySchool() {
        UUID second = municipalityIds.get(1);
        for (int i = 0; i < schoolIds.size(); i++)
            if (schoolMunicipalityIds.get(i).equals(second)) return schoolIds.get(i);
        throw new IllegalStateException("the demo's second municipality has no school");
    }
}
