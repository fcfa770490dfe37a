package ru.opora.identity;

import java.util.Set;
import java.util.UUID;
import ru.opora.orgunits.OrgPath;

/**
 * Accounts the installation creates with a password it knows: the demo region's users. An account
 * that exists already is left as it is, so that seeding twice changes nothing. Each creation is in
 * the audit log, by «demo».
 */
public interface UserSeeds {

    /** One password for every seeded account; the encoder's hash is computed once. */
    Seeder withPassword(String password);

    /** Creates accounts with one password. */
    interface Seeder {

        void ensure(String username, String fullName, Role role, Set<UUID> scope, OrgPath regionPath);
    }
}
