package ru.opora.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The create/edit form of a user: the scope is a list of org-unit ids chosen on the page. */
record UserForm(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 200) String fullName,
        @Email @Size(max = 200) @Nullable String email,
        @NotNull Role role,
        @Nullable List<UUID> scope) {

    UserAdministration.UserSpec toSpec() {
        Set<UUID> ids = scope == null ? Set.of() : new LinkedHashSet<>(scope);
        return new UserAdministration.UserSpec(username, fullName, email, role, ids);
    }

    static UserForm empty() {
        return new UserForm("", "", "", Role.SCHOOL_ADMIN, List.of());
    }

    static UserForm of(UserAdministration.UserRow row) {
        return new UserForm(
                row.username(),
                row.fullName(),
                row.email(),
                row.role(),
                row.scope().stream().map(u -> u.id()).toList());
    }
}
