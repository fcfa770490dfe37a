package ru.opora.people.pupils;

import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/**
 * The demo region's pupils at risk: every school has decided on most of the 2026 suggestions — confirmed, a few declined with a reason — and left some for
 * the demo's school account to decide. Lives beside the lists it fills, which are not for other
 * packages to write.
 */
@org.springframework.stereotype.Component
@ConditionalOnProperty(name = "opora.demo.enabled", havingValue = "true")
@Order(69)
class DemoPupils implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPupils.class);
    static final int YEAR = 2026;

    private final OrgUnits orgUnits;
    private final PupilPages.Parts parts;

    DemoPupils(OrgUnits orgUnits, PupilPages.Parts parts) {
        this.orgUnits = orgUnits;
        this.parts = parts;
    }

    // one transaction for the region's 19,000 decisions: a commit and its round trips each cost more than the decision
    @Override
    @org.springframework.transaction.annotation.Transactional
    public void run(ApplicationArguments args) {
        var region = orgUnits.findByCode(OrgUnitKind.REGION, "39");
        if (region.isEmpty()) return;
        var municipalities =
                orgUnits.inScope(OrgUnitKind.MUNICIPALITY, Scope.of(region.get().path()));
        if (municipalities.isEmpty()
                || !parts.pupils().counts(Scope.of(region.get().path())).isEmpty()) return;
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo", null, List.of(new SimpleGrantedAuthority(Permission.PUPILS_EDIT.name()))));
        try {
            int decided = 0;
            var rules = parts.rules().current(region.get().id());
            for (OrgUnitRef school :
                    orgUnits.inScope(OrgUnitKind.SCHOOL, Scope.of(region.get().path())))
                decided += decide(school, rules);
            log.info("Demo pupils: {} decisions", decided);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int decide(OrgUnitRef school, AtRiskRules.Version rules) {
        var random = new Random(school.code().hashCode() * 17L);
        var suggestions = parts.suggestions().of(school, YEAR, rules.rules());
        var decisions = new java.util.ArrayList<AtRiskPupils.Decision>();
        // the last few stay for the school to decide
        for (int i = 0; i < suggestions.size() - 3; i++) {
            boolean decline = random.nextDouble() < 0.1;
            decisions.add(new AtRiskPupils.Decision(
                    suggestions.get(i),
                    !decline,
                    decline ? "Низкий результат случаен: текущие отметки «4», болел перед ВПР" : null));
        }
        int made = decisions.isEmpty() ? 0 : parts.pupils().decideAll(school, decisions, rules.number(), "demo");
        return made;
    }
}
