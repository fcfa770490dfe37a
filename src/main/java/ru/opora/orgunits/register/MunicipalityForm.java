package ru.opora.orgunits.register;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The add/edit form of a municipality; {@code id} is empty when adding. */
record MunicipalityForm(
        @Nullable UUID id,

        @NotBlank @Pattern(regexp = "[0-9A-Za-zА-Яа-я._-]{1,32}")
        String code,

        @NotBlank @Size(max = 300) String name,
        @Size(max = 300) @Nullable String authorityName,
        @Pattern(regexp = "\\d{8}(\\d{3})?|") @Nullable String oktmo) {

    Municipality toMunicipality(UUID id, UUID regionId) {
        return new Municipality(id, regionId, code.strip(), name.strip(), blank(authorityName), blank(oktmo));
    }

    static MunicipalityForm of(Municipality m) {
        return new MunicipalityForm(m.id(), m.code(), m.name(), m.authorityName(), m.oktmo());
    }

    static MunicipalityForm empty() {
        return new MunicipalityForm(null, "", "", "", "");
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Another municipality already has this code. */
    static final class CodeTaken extends RuntimeException {}
}
