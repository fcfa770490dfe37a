package ru.opora.orgunits.register;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A municipal district or city district (муниципальный район / округ) with its education authority. */
public record Municipality(
        UUID id,
        UUID regionId,
        String code,
        String name,
        @Nullable String authorityName,
        @Nullable String oktmo) {

    Municipality withCode(String newCode) {
        return new Municipality(id, regionId, newCode, name, authorityName, oktmo);
    }

    Map<String, Object> auditState() {
        var m = new LinkedHashMap<String, Object>();
        m.put("code", code);
        m.put("name", name);
        if (authorityName != null) m.put("authorityName", authorityName);
        if (oktmo != null) m.put("oktmo", oktmo);
        return m;
    }
}
