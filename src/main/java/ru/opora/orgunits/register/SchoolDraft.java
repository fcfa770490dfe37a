package ru.opora.orgunits.register;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.SchoolKind;
import ru.opora.orgunits.Settlement;

/** A school as read from one row of a register file, before it is matched against the register. */
record SchoolDraft(
        int row,
        String code,
        String municipality,
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
        @Nullable String branchOfCode) {}
