package ru.opora.orgunits;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A municipality or school was added to or changed in the register. Published inside the
 * changing transaction, so that the audit log and the change commit together.
 *
 * @param path the entry's materialised path (for scoping its audit entries)
 * @param before the entry's fields before the change; null when it was added
 * @param after the entry's fields after the change
 */
public record RegisterEntryChanged(
        String actor,
        OrgPath path,
        OrgUnitKind kind,
        UUID id,
        String label,
        @Nullable Map<String, Object> before,
        Map<String, Object> after) {

    public boolean added() {
        return before == null;
    }
}
