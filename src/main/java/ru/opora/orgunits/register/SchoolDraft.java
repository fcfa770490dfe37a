package ru.opora.orgunits.register;

import java.math.BigDecimal;
import java.util.UUID;
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
        @Nullable String branchOfCode) {

    /** The school this row describes, under its id and municipality; the head school is linked later. */
    School toSchool(UUID id, UUID municipalityId, @Nullable UUID currentBranchOf) {
        return new School(
                id,
                municipalityId,
                code,
                fullName,
                shortName,
                inn,
                ogrn,
                fisOkoLogin,
                kind,
                hasPrimary,
                hasBasic,
                hasSecondary,
                settlement,
                small,
                correctional,
                students,
                teachers,
                shareOvz,
                adverseSocialConditions,
                currentBranchOf);
    }
}
