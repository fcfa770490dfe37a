package ru.opora.support.curators;

import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;
import ru.opora.support.matching.CuratorMatching;

/** Tutor schools: the links of the ШНОР in scope and a proposal for those without one, with its reasons. */
@Controller
class TutorController {

    private final TutorLinks links;
    private final Suggestions suggestions;
    private final SupportController.Lookups lookups;
    private final Clock clock;

    TutorController(TutorLinks links, Suggestions suggestions, SupportController.Lookups lookups, Clock clock) {
        this.links = links;
        this.suggestions = suggestions;
        this.lookups = lookups;
        this.clock = clock;
    }

    @GetMapping("/support/tutors")
    String page(@RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        int cohort = year == null ? Year.now(clock).getValue() : year;
        UUID region = Suggestions.regionId(scope);
        var current = links.current(scope, cohort);
        var linked = new HashSet<UUID>();
        current.forEach(l -> linked.add(l.schoolId()));
        var open = suggestions.shnor(scope, cohort, new WeakSubjects.Found(Map.of(), Map.of())).stream()
                .filter(s -> !linked.contains(s.school().id()))
                .toList();
        var proposal = links.propose(open, region, cohort);
        var schools = new HashMap<String, OrgUnitRef>();
        var ids = new HashSet<UUID>();
        current.forEach(l -> {
            ids.add(l.schoolId());
            ids.add(l.tutorId());
        });
        proposal.forEach(p -> {
            ids.add(p.schoolId());
            if (p.curator() != null) ids.add(UUID.fromString(p.curator()));
        });
        lookups.orgUnits().byIds(ids).forEach(s -> schools.put(s.id().toString(), s));
        var names = new HashMap<String, String>();
        lookups.risks().factors(region, cohort).forEach(f -> names.put(f.code(), f.nameRu()));
        model.addAttribute("year", cohort);
        model.addAttribute("links", current);
        model.addAttribute("proposal", proposal);
        model.addAttribute("schools", schools);
        model.addAttribute("names", names);
        return "support/tutors";
    }

    @PostMapping("/support/tutors")
    String acceptAll(@RequestParam int year, Scope scope, Authentication who, RedirectAttributes redirect) {
        UUID region = Suggestions.regionId(scope);
        var linked = new HashSet<UUID>();
        links.current(scope, year).forEach(l -> linked.add(l.schoolId()));
        var open = suggestions.shnor(scope, year, new WeakSubjects.Found(Map.of(), Map.of())).stream()
                .filter(s -> !linked.contains(s.school().id()))
                .toList();
        var bySchool = new HashMap<UUID, OrgUnitRef>();
        open.forEach(s -> bySchool.put(s.school().id(), s.school()));
        int n = 0;
        for (CuratorMatching.Pair p : links.propose(open, region, year)) {
            if (p.curator() == null || p.coveredRisks().isEmpty())
                continue; // a tutor strong in nothing the school needs is no help
            links.link(
                    bySchool.get(p.schoolId()),
                    UUID.fromString(p.curator()),
                    year,
                    p.coveredRisks(),
                    "",
                    who.getName());
            n++;
        }
        redirect.addFlashAttribute("linked", n);
        return "redirect:/support/tutors?year=" + year;
    }
}
