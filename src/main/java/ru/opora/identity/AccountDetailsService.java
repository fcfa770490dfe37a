package ru.opora.identity;

import java.util.HashSet;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/** Loads an account for sign-in and turns its scope org units into paths, once per sign-in. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final OrgUnits orgUnits;

    AccountDetailsService(UserAccounts accounts, OrgUnits orgUnits) {
        this.accounts = accounts;
        this.orgUnits = orgUnits;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        UserAccount account =
                accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return signedIn(account);
    }

    SignedInUser signedIn(UserAccount account) {
        var paths = new HashSet<OrgPath>();
        for (OrgUnitRef ref : orgUnits.byIds(account.scopeIds())) paths.add(ref.path());
        return new SignedInUser(
                account.id(),
                account.username(),
                account.fullName(),
                account.role(),
                Scope.of(paths),
                account.passwordHash(),
                account.enabled(),
                account.mustChangePassword());
    }
}
