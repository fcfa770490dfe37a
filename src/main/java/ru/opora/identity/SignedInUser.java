package ru.opora.identity;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import ru.opora.orgunits.Scope;

/**
 * The principal of a signed-in user or service account: role, permissions and data scope, fixed
 * at sign-in. Kept in the (database-stored) session; changing a user's role, scope or status ends
 * their sessions, so a stale scope never outlives a change. The assigned schools of a curator,
 * expert or observer are the exception: assignments change while they work, so
 * {@code ScopeArgumentResolver} reads those at each request.
 */
public record SignedInUser(
        UUID id,
        String username,
        String fullName,
        Role role,
        Scope scope,
        String passwordHash,
        boolean enabled,
        boolean mustChangePassword)
        implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        for (Permission p : role.permissions()) authorities.add(new SimpleGrantedAuthority(p.name()));
        return authorities;
    }

    public boolean can(Permission permission) {
        return role.grants(permission);
    }

    /**
     * How a greeting addresses the user: by first name and patronymic («Марина Викторовна») when the
     * full name is written «Фамилия Имя Отчество», as Russian letters address people; else as written.
     */
    public String addressedAs() {
        String[] parts = fullName.strip().split("\\s+");
        return parts.length == 3 ? parts[1] + " " + parts[2] : fullName;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash never leaves the sign-in: the session keeps a copy without it. */
    public SignedInUser withoutPassword() {
        return new SignedInUser(id, username, fullName, role, scope, "", enabled, mustChangePassword);
    }

    /** The same user after changing their password. */
    public SignedInUser withPasswordChanged() {
        return new SignedInUser(id, username, fullName, role, scope, "", enabled, false);
    }
}
