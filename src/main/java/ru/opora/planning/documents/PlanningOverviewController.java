package ru.opora.planning.documents;

import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/** {@code /planning}: a school goes to its own plan, an expert to the reviews, a coordinator sees every document in scope. */
@Controller
class PlanningOverviewController {

    private final SchoolDocuments documents;
    private final OrgUnits orgUnits;
    private final Clock clock;

    PlanningOverviewController(SchoolDocuments documents, OrgUnits orgUnits, Clock clock) {
        this.documents = documents;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    @GetMapping("/planning")
    String overview(
            @RequestParam(required = false) @Nullable Integer year, Scope scope, Authentication who, Model model) {
        if (!DocumentAccess.has(who, Permission.PLAN_VIEW)) return "redirect:/planning/reviews";
        int cohort = year == null ? Year.now(clock).getValue() : year;
        var schools = orgUnits.inScope(OrgUnitKind.SCHOOL, scope);
        if (schools.size() == 1 && DocumentAccess.has(who, Permission.PLAN_EDIT))
            return "redirect:/planning/schools/" + schools.getFirst().id() + "?year=" + cohort;
        var docs = documents.inScope(scope, cohort);
        Map<UUID, String> names = new HashMap<>();
        for (OrgUnitRef s :
                orgUnits.byIds(docs.stream().map(Document::schoolId).distinct().toList()))
            names.put(s.id(), s.code() + " " + s.name());
        model.addAttribute("docs", docs);
        model.addAttribute("names", names);
        model.addAttribute("year", cohort);
        model.addAttribute("schools", schools.size() <= 60 ? schools : java.util.List.of());
        model.addAttribute("municipalities", orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope));
        return "planning/overview";
    }
}
