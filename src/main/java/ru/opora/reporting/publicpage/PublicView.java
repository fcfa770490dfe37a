package ru.opora.reporting.publicpage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.opora.identification.ShnorRegister;
import ru.opora.identification.ShnorState;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.planning.PlanFigures;

/** What the public page of a school shows, read only when the school turned its page on. */
@Component
class PublicView {

    /** The page: the school, its words, its status and its plan's figures where it chose to show them. */
    record Page(
            OrgUnitRef school,
            PublicPages.Settings settings,
            @Nullable ShnorState status,
            PlanFigures.@Nullable Figures plan,
            int year,
            Instant updated) {}

    private final PublicPages pages;
    private final OrgUnits orgUnits;
    private final ShnorRegister register;
    private final PlanFigures plans;
    private final Clock clock;

    PublicView(PublicPages pages, OrgUnits orgUnits, ShnorRegister register, PlanFigures plans, Clock clock) {
        this.pages = pages;
        this.orgUnits = orgUnits;
        this.register = register;
        this.plans = plans;
        this.clock = clock;
    }

    /** The published page of the school with this code; empty when there is none or it is off. */
    Optional<Page> of(String code) {
        if (!code.matches("[0-9A-Za-z\\-]{1,20}")) return Optional.empty();
        var school = orgUnits.findByCode(OrgUnitKind.SCHOOL, code);
        if (school.isEmpty()) return Optional.empty();
        var settings = pages.of(school.get().id()).filter(PublicPages.Settings::enabled);
        if (settings.isEmpty()) return Optional.empty();
        var own = Scope.of(school.get().path());
        var status = settings.get().shows("STATUS")
                ? register.states(own).get(school.get().id())
                : null;
        var today = LocalDate.now(clock);
        int year = today.getYear();
        PlanFigures.Figures plan = null;
        if (settings.get().shows("PLAN")) {
            plan = plans.of(own, year, today).get(school.get().id());
            if (plan == null) {
                year = year - 1;
                plan = plans.of(own, year, today).get(school.get().id());
            }
        }
        return Optional.of(new Page(
                school.get(), settings.get(), status, plan, year, settings.get().updatedAt()));
    }
}
