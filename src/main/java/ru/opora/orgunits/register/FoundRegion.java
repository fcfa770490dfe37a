package ru.opora.orgunits.register;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.RegionFounding;

/** {@link RegionFounding} on the register's tables. */
@Component
class FoundRegion implements RegionFounding {

    private final Regions regions;
    private final OrgUnits orgUnits;

    FoundRegion(Regions regions, OrgUnits orgUnits) {
        this.regions = regions;
        this.orgUnits = orgUnits;
    }

    @Override
    @Transactional
    public OrgUnitRef region(String code, String name, String authorityName) {
        return orgUnits.findByCode(OrgUnitKind.REGION, code).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            regions.insert(id, code, name, authorityName);
            return orgUnits.find(id).orElseThrow();
        });
    }
}
