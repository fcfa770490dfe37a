package ru.opora.orgunits.register;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.SchoolKind;
import ru.opora.orgunits.Settlement;

/**
 * A school as the register holds it (docs/domain.md §4.1). Levels taught: НОО (primary), ООО (basic),
 * СОО (secondary). {@code shareOvz} is the share of students with special educational needs (ОВЗ),
 * in percent.
 */
record School(
        UUID id,
        UUID municipalityId,
        String code,
        String fullName,
        String shortName,
        String inn,
        @Nullable String ogrn,
        @Nullable String fisOkoLogin,
        SchoolKind kind,
        boolean hasPrimary,
        boolean hasBasic,
        boolean hasSecondary,
        Settlement settlement,
        boolean small,
        boolean correctional,
        int students,
        int teachers,
        @Nullable BigDecimal shareOvz,
        boolean adverseSocialConditions,
        @Nullable UUID branchOf) {

    /** The fields as the audit log shows them; equal maps mean nothing changed. */
    Map<String, Object> auditState(String municipalityCode, @Nullable String branchOfCode) {
        var m = new LinkedHashMap<String, Object>();
        m.put("code", code);
        m.put("municipality", municipalityCode);
        m.put("fullName", fullName);
        m.put("shortName", shortName);
        m.put("inn", inn);
        putIfPresent(m, "ogrn", ogrn);
        putIfPresent(m, "fisOkoLogin", fisOkoLogin);
        m.put("kind", kind.name());
        m.put("levels", levels());
        m.put("settlement", settlement.name());
        m.put("small", small);
        m.put("correctional", correctional);
        m.put("students", students);
        m.put("teachers", teachers);
        putIfPresent(
                m,
                "shareOvz",
                shareOvz == null ? null : shareOvz.stripTrailingZeros().toPlainString());
        m.put("adverseSocialConditions", adverseSocialConditions);
        putIfPresent(m, "branchOf", branchOfCode);
        return m;
    }

    public String levels() {
        return SchoolQueries.levels(hasPrimary, hasBasic, hasSecondary);
    }

    private static void putIfPresent(Map<String, Object> m, String key, @Nullable Object value) {
        if (value != null) m.put(key, value);
    }
}
