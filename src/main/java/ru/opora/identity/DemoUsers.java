package ru.opora.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.DemoRegionCreated;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnits;

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
    private final OrgUnits orgUnits;

    DemoUsers(UserAccounts accounts, PasswordEncoder encoder, AuditLog audit, Clock clock, OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
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
        var regionPath = orgUnits.find(demo.regionId()).orElseThrow().path();
        create("region", "Соколова Марина Викторовна", Role.REGION_ADMIN, Set.of(demo.regionId()), hash, regionPath);
        create("api", "Сервисная учётная запись (API)", Role.REGION_ADMIN, Set.of(demo.regionId()), hash, regionPath);
        create(
                "municipal",
                "Петров Андрей Сергеевич",
                Role.MUNICIPAL_COORDINATOR,
                Set.of(firstMunicipality),
                hash,
                regionPath);
        create(
                "curator",
                "Васильева Ольга Николаевна",
                Role.CURATOR,
                Set.of(schools.get(0), schools.get(1), schools.get(2), demo.secondMunicipalitySchool()),
                hash,
                regionPath);
        create("expert", "Кузнецов Игорь Павлович", Role.REGION_EXPERT, Set.of(schools.get(1)), hash, regionPath);
        create(
                "school",
                "Морозова Елена Александровна",
                Role.SCHOOL_ADMIN,
                Set.of(schools.getFirst()),
                hash,
                regionPath);
        create("teacher", "Новикова Анна Игоревна", Role.TEACHER, Set.of(schools.getFirst()), hash, regionPath);
        create("observer", "Фёдоров Дмитрий Олегович", Role.OBSERVER, Set.of(schools.get(2)), hash, regionPath);
        // more curators, not yet assigned: the support cycle matches them to the ШНОР
        for (int i = 0; i < EXTRA_CURATORS.size(); i++)
            create(
                    String.format("curator%02d", i + 2),
                    EXTRA_CURATORS.get(i),
                    Role.CURATOR,
                    Set.of(),
                    hash,
                    regionPath);
    }

    static final List<String> EXTRA_CURATORS = List.of(
            "Алексеева Татьяна Михайловна",
            "Борисов Сергей Викторович",
            "Григорьева Наталья Петровна",
            "Дмитриев Алексей Юрьевич",
            "Егорова Светлана Анатольевна",
            "Зайцева Ирина Владимировна",
            "Ильин Павел Андреевич",
            "Ковалёва Людмила Сергеевна",
            "Лебедев Николай Иванович",
            "Максимова Елена Геннадьевна",
            "Николаев Олег Борисович",
            "Орлова Вера Константиновна",
            "Павлова Галина Фёдоровна",
            "Романов Игорь Дмитриевич",
            "Смирнова Ольга Викторовна",
            "Тихонов Виктор Павлович",
            "Усова Марина Алексеевна",
            "Фролова Анна Сергеевна",
            "Широков Денис Олегович");

    private void create(String username, String fullName, Role role, Set<UUID> scope, String hash, OrgPath regionPath) {
        if (accounts.findByUsername(username).isPresent()) return;
        var account = UserAccount.create(
                new UserAdministration.UserSpec(username, fullName, null, role, scope), hash, clock.instant());
        accounts.save(account);
        audit.record(account.change("demo", regionPath, "CREATE", null));
    }
}
