package ru.opora.orgunits.register;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.opora.orgunits.Scope;

/**
 * What a register file is checked against, loaded in bulk once per file (never per row): the
 * municipalities the importing user may write to, and the schools already registered under the
 * file's codes, wherever they are.
 */
final class RegisterContext {

    private final Scope scope;
    private final Map<String, Municipalities.Located> municipalitiesByKey = new HashMap<>();
    private final Map<String, Schools.Located> existingByCode;

    RegisterContext(
            Scope scope, List<Municipalities.Located> municipalities, Map<String, Schools.Located> existingByCode) {
        this.scope = scope;
        for (var m : municipalities) {
            municipalitiesByKey.put(key(m.municipality().name()), m);
            municipalitiesByKey.put(key(m.municipality().code()), m);
            if (m.municipality().oktmo() != null)
                municipalitiesByKey.put(key(m.municipality().oktmo()), m);
        }
        this.existingByCode = Map.copyOf(existingByCode);
    }

    /** A municipality named in a file by its code, OKTMO or exact name (case ignored). */
    Optional<Municipalities.Located> municipality(String nameOrCode) {
        return Optional.ofNullable(municipalitiesByKey.get(key(nameOrCode)));
    }

    Optional<Schools.Located> existing(String code) {
        return Optional.ofNullable(existingByCode.get(code));
    }

    Scope scope() {
        return scope;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }
}
