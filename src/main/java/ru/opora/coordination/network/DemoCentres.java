package ru.opora.coordination.network;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.Scope;

/**
 * The demo municipality's consulting centre at the school the «mentor» account directs (the demo
 * bank's author: not a ШНОР, no objectivity flags), with three consultations it held for ШНОР.
 */
@Component
@ConditionalOnProperty(name = "opora.demo.enabled", havingValue = "true")
@Order(74)
class DemoCentres implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCentres.class);

    private final NetworkPages.Parts parts;
    private final ru.opora.identity.UserDirectory users;

    DemoCentres(NetworkPages.Parts parts, ru.opora.identity.UserDirectory users) {
        this.parts = parts;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        var shnor = parts.orgUnits().findByCode(OrgUnitKind.SCHOOL, "390101");
        var mentor = users.scopeOf("mentor");
        if (shnor.isEmpty() || mentor.isEmpty() || mentor.get().isEmpty()) return;
        var home = parts.orgUnits()
                .find(shnor.get().path().municipality().orElseThrow().unitId())
                .orElseThrow();
        if (!parts.centres().visible(Scope.of(home.path())).isEmpty()) return;
        var host = parts.orgUnits()
                .find(mentor.get().sortedPaths().getFirst().unitId())
                .orElseThrow();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo", null, List.of(new SimpleGrantedAuthority(Permission.EVENTS_MANAGE.name()))));
        try {
            var id = parts.centres()
                    .create(
                            home,
                            host,
                            new ConsultingCentres.Form(
                                    host.id(),
                                    "Консультационный центр по математике",
                                    "Математика 5–9 классов: текстовые задачи, геометрия, подготовка к ВПР",
                                    "вторник и четверг, 15:00–17:00, по записи",
                                    "Белова Ирина Николаевна, директор"),
                            false,
                            "demo")
                    .id();
            var centre =
                    parts.centres().find(java.util.Objects.requireNonNull(id)).orElseThrow();
            log.info("Demo centres: 1 centre, {} consultations", consultations(centre, home, host));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Three consultations the centre held for other schools of the municipality, a fortnight apart. */
    private int consultations(
            ConsultingCentres.Centre centre, ru.opora.orgunits.OrgUnitRef home, ru.opora.orgunits.OrgUnitRef host) {
        var today = LocalDate.now(parts.clock());
        var topics = List.of(
                "Разбор заданий ВПР с низкой решаемостью",
                "Текстовые задачи в 5 классе",
                "Подготовка к ВПР по геометрии");
        var visitors = parts.orgUnits().inScope(OrgUnitKind.SCHOOL, Scope.of(home.path())).stream()
                .filter(s -> !s.id().equals(host.id()))
                .limit(3)
                .toList();
        for (int i = 0; i < visitors.size(); i++)
            parts.centres()
                    .consulted(
                            centre,
                            visitors.get(i),
                            new ConsultingCentres.ConsultationForm(
                                    today.minusDays(14L * (i + 1)),
                                    visitors.get(i).id(),
                                    topics.get(i),
                                    "учитель математики высшей категории"),
                            "demo",
                            today);
        return visitors.size();
    }
}
