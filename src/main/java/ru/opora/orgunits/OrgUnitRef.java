package ru.opora.orgunits;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What other modules know of an org unit: enough to name it, link to it and check scope. */
public record OrgUnitRef(
        UUID id,
        OrgUnitKind kind,
        String code,
        String name,
        OrgPath path,
        @Nullable UUID parentId) {}
