package ru.opora.coordination.practices;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ru.opora.coordination.doubt.SchoolsInDoubt;
import ru.opora.identification.ShnorRegister;
import ru.opora.identity.Permission;
import ru.opora.identity.Role;
import ru.opora.identity.UserSeeds;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.SchoolRisks;

/**
 * The demo's bank of practices: a school of the demo municipality that is not a ШНОР and has no
 * objectivity flags — the «mentor» account directs it — shares a practice on a risk the demo ШНОР
 * chose, which the municipality published; another school's practice waits for moderation and a
 * third was rejected with its reason.
 */
@Component
@ConditionalOnProperty(name = "opora.demo.enabled", havingValue = "true")
@Order(73)
class DemoPractices implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPractices.class);

    /** What the runner reads and writes. */
    @Component
    @ConditionalOnProperty(name = "opora.demo.enabled", havingValue = "true")
    record Parts(
            OrgUnits orgUnits,
            Practices practices,
            ShnorRegister register,
            SchoolsInDoubt doubt,
            SchoolRisks risks,
            UserSeeds seeds) {}

    private final Parts parts;
    private final Clock clock;
    private final String password;

    DemoPractices(Parts parts, Clock clock, @Value("${opora.demo.password:demo2026}") String password) {
        this.parts = parts;
        this.clock = clock;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        var region = parts.orgUnits().findByCode(OrgUnitKind.REGION, "39");
        var shnor = parts.orgUnits().findByCode(OrgUnitKind.SCHOOL, "390101");
        if (region.isEmpty() || shnor.isEmpty()) return;
        var home = Scope.of(shnor.get().path().municipality().orElseThrow());
        var states = parts.register().states(Scope.of(region.get().path()));
        var doubt = parts.doubt().of(region.get().path());
        var models = parts.orgUnits().inScope(OrgUnitKind.SCHOOL, home).stream()
                .filter(s -> !s.id().equals(shnor.get().id()) && !states.containsKey(s.id()) && !doubt.contains(s.id()))
                .toList();
        if (models.size() < 3) return;
        parts.seeds()
                .withPassword(password)
                .ensure(
                        "mentor",
                        "Белова Ирина Николаевна",
                        Role.SCHOOL_ADMIN,
                        Set.of(models.getFirst().id()),
                        region.get().path());
        if (!parts.practices().inScope(home).isEmpty()) return;
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo",
                        null,
                        List.of(
                                new SimpleGrantedAuthority(Permission.PRACTICES_SUBMIT.name()),
                                new SimpleGrantedAuthority(Permission.PRACTICES_MODERATE.name()))));
        try {
            var risks = risks(shnor.get(), region.get());
            if (!risks.isEmpty()) bank(models, risks);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void bank(List<OrgUnitRef> models, List<String> risks) {
        var known = Set.copyOf(risks);
        var published = submit(
                models.get(0),
                known,
                new Practices.Form(
                        "Педагогические мастерские для учителей математики",
                        "Математика",
                        "BASIC",
                        List.of(risks.getFirst()),
                        "Учителя не разбирали с учениками задания, где класс ошибался; решаемость текстовых задач ниже региона",
                        "Раз в месяц — мастерская: учителя вместе разбирают слабые задания ВПР своих классов и готовят"
                                + " короткие тренировочные листы; открытые уроки с последующим обсуждением.",
                        "Решаемость заданий на текстовые задачи, ВПР 5 кл., %",
                        new BigDecimal("48.5"),
                        new BigDecimal("63.0"),
                        false));
        parts.practices().moderate(published, Practices.Step.APPROVE, null, false, "municipal");
        parts.practices().moderate(find(published), Practices.Step.PUBLISH, null, false, "municipal");
        others(models, risks, known);
        log.info("Demo practices: 1 published, 1 awaiting moderation, 1 rejected");
    }

    /** A practice waiting for moderation and one rejected with its reason. */
    private void others(List<OrgUnitRef> models, List<String> risks, Set<String> known) {
        submit(
                models.get(1),
                known,
                new Practices.Form(
                        "Клуб «Читаем вместе» для родителей и детей",
                        "",
                        "PRIMARY",
                        List.of(risks.getLast()),
                        "Родители не участвуют в подготовке детей к урокам",
                        "Субботние встречи родителей и детей в библиотеке школы с заданиями на понимание текста.",
                        "Доля родителей, посетивших хотя бы одно мероприятие, %",
                        new BigDecimal("12"),
                        new BigDecimal("41"),
                        false));
        var rejected = submit(
                models.get(2),
                known,
                new Practices.Form(
                        "Дополнительные занятия перед ВПР",
                        "Русский язык",
                        "BASIC",
                        List.of(risks.getFirst()),
                        "Низкие результаты ВПР",
                        "Занятия после уроков в апреле.",
                        "Средний балл ВПР",
                        new BigDecimal("10"),
                        new BigDecimal("11"),
                        false));
        parts.practices()
                .moderate(
                        rejected,
                        Practices.Step.REJECT,
                        "Нет данных о том, как изменилось понимание тем: приложите анализ заданий до и после",
                        false,
                        "municipal");
    }

    private Practice submit(OrgUnitRef school, Set<String> known, Practices.Form form) {
        var id = parts.practices().submit(school, form, known, "demo").id();
        return find(parts.practices().find(java.util.Objects.requireNonNull(id)).orElseThrow());
    }

    private Practice find(Practice p) {
        return parts.practices().find(p.id()).orElseThrow();
    }

    /** The risks the demo ШНОР chose (the newest year it chose any), else the catalogue's first two. */
    private List<String> risks(OrgUnitRef shnor, OrgUnitRef region) {
        int year = LocalDate.now(clock).getYear();
        for (int y = year; y >= year - 2; y--) {
            var chosen = parts.risks().chosen(shnor.id(), y);
            if (!chosen.isEmpty()) return chosen;
        }
        var factors = parts.risks().factors(region.id(), year);
        return factors.stream().limit(2).map(SchoolRisks.FactorInfo::code).toList();
    }
}
