package ru.opora.identity.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.opora.identity.Role;
import ru.opora.identity.UserSeeds;
import ru.opora.orgunits.DemoRegionCreated;
import ru.opora.orgunits.OrgUnits;

/**
 * One user per role in the demo region (README lists them). The municipal coordinator, school
 * admin and teacher sit in the first municipality; the curator is assigned three of its schools
 * and one of the second municipality's, so that a curator's scope visibly crosses municipalities.
 */
@Component
class DemoUsers {

    private final UserSeeds seeds;
    private final OrgUnits orgUnits;
    private final String password;

    DemoUsers(
            UserSeeds seeds,
            OrgUnits orgUnits,
            @org.springframework.beans.factory.annotation.Value("${opora.demo.password:demo2026}") String password) {
        this.seeds = seeds;
        this.orgUnits = orgUnits;
        this.password = password;
    }

    @EventListener
    void on(DemoRegionCreated demo) {
        List<UUID> schools = demo.schoolIds();
        UUID firstMunicipality = demo.municipalityIds().getFirst();
        var users = seeds.withPassword(password);
        var regionPath = orgUnits.find(demo.regionId()).orElseThrow().path();
        users.ensure("region", "Соколова Марина Викторовна", Role.REGION_ADMIN, Set.of(demo.regionId()), regionPath);
        users.ensure("api", "Сервисная учётная запись (API)", Role.REGION_ADMIN, Set.of(demo.regionId()), regionPath);
        users.ensure(
                "municipal",
                "Петров Андрей Сергеевич",
                Role.MUNICIPAL_COORDINATOR,
                Set.of(firstMunicipality),
                regionPath);
        users.ensure(
                "curator",
                "Васильева Ольга Николаевна",
                Role.CURATOR,
                Set.of(schools.get(0), schools.get(1), schools.get(2), demo.secondMunicipalitySchool()),
                regionPath);
        users.ensure("expert", "Кузнецов Игорь Павлович", Role.REGION_EXPERT, Set.of(schools.get(1)), regionPath);
        users.ensure(
                "school", "Морозова Елена Александровна", Role.SCHOOL_ADMIN, Set.of(schools.getFirst()), regionPath);
        users.ensure("teacher", "Новикова Анна Игоревна", Role.TEACHER, Set.of(schools.getFirst()), regionPath);
        users.ensure("observer", "Фёдоров Дмитрий Олегович", Role.OBSERVER, Set.of(schools.get(2)), regionPath);
        users.ensure(
                "methodist", "Григорьева Людмила Павловна", Role.REGION_METHODIST, Set.of(demo.regionId()), regionPath);
        users.ensure(
                "mmethodist",
                "Титова Валентина Сергеевна",
                Role.MUNICIPAL_METHODIST,
                Set.of(firstMunicipality),
                regionPath);
        // more curators, not yet assigned: the support cycle matches them to the ШНОР
        for (int i = 0; i < EXTRA_CURATORS.size(); i++)
            users.ensure(
                    String.format("curator%02d", i + 2), EXTRA_CURATORS.get(i), Role.CURATOR, Set.of(), regionPath);
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
}
