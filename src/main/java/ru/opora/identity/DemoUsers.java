package ru.opora.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.DemoRegionCreated;

/**
 * One user per role in the demo region (README lists them). The municipal coordinator, school
 * admin and teacher sit in the first municipality; the curator is assigned three of its schools
 * and one of the second municipality's, so that a curator's scope visibly crosses municipalities.
 */
@Component
class DemoUsers {

    static final String PASSWORD = "demo2026";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    DemoUsers(UserAccounts accounts, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(DemoRegionCreated demo) {
        List<UUID> schools = demo.schoolIds();
        UUID firstMunicipality = demo.municipalityIds().getFirst();
        String hash = encoder.encode(PASSWORD);
        create("region", "Соколова Марина Викторовна", Role.REGION_ADMIN, Set.of(demo.regionId()), hash);
        create("api", "Сервисная учётная запись (API)", Role.REGION_ADMIN, Set.of(demo.regionId()), hash);
        create("municipal", "Петров Андрей Сергеевич", Role.MUNICIPAL_COORDINATOR, Set.of(firstMunicipality), hash);
        create(
                "curator",
                "Васильева Ольга Николаевна",
                Role.CURATOR,
                Set.of(schools.get(0), schools.get(1), schools.get(2), demo.secondMunicipalitySchool()),
                hash);
        create("expert", "Кузнецов Игорь Павлович", Role.REGION_EXPERT, Set.of(schools.get(1)), hash);
        create("school", "Морозова Елена Александровна", Role.SCHOOL_ADMIN, Set.of(schools.getFirst()), hash);
        create("teacher", "Новикова Анна Игоревна", Role.TEACHER, Set.of(schools.getFirst()), hash);
        create("observer", "Фёдоров Дмитрий Олегович", Role.OBSERVER, Set.of(schools.get(2)), hash);
    }

    private void create(String username, String fullName, Role role, Set<UUID> scope, String hash) {
        if (accounts.findByUsername(username).isPresent()) return;
        var account = UserAccount.create(
                new UserAdministration.UserSpec(username, fullName, null, role, scope), hash, clock.instant());
        accounts.save(account);
        audit.record(account.change("demo", "CREATE", null));
    }
}
