package ru.opora.orgunits;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the register says of a school's context: the facts identification and the context model
 * read (docs/domain.md §6.6: school type, settlement, size, ОВЗ share, adverse social conditions), and
 * the levels it teaches, which say which results it can have.
 */
public record SchoolContext(
        UUID id,
        String code,
        String name,
        OrgPath path,
        @Nullable UUID municipalityId,
        SchoolKind kind,
        Settlement settlement,
        int students,
        @Nullable Double shareOvz,
        boolean adverseSocialConditions,
        boolean small,
        Levels levels) {}
