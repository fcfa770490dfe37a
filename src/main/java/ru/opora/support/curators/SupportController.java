package ru.opora.support.curators;

import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.identity.Role;
import ru.opora.identity.UserDirectory;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.SchoolRisks;
import ru.opora.support.matching.CuratorMatching;

/** {@code /support}: the ШНОР with their curators, the suggested matching with its reasons, and assignments. */
@Controller
class SupportController {

    private final Suggestions suggestions;
    private final Assignments assignments;
    private final CuratorProfiles profiles;
    private final Lookups lookups;
    private final AssignmentReasons reasons;
    private final Clock clock;

    /** Names the pages need: schools, people, factors. */
    @org.springframework.stereotype.Component
    record Lookups(OrgUnits orgUnits, UserDirectory users, SchoolRisks risks, WeakSubjects weak) {}

    SupportController(
            Suggestions suggestions,
            Assignments assignments,
            CuratorProfiles profiles,
            Lookups lookups,
            AssignmentReasons reasons,
            Clock clock) {
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.profiles = profiles;
        this.lookups = lookups;
        this.reasons = reasons;
        this.clock = clock;
    }

    /** A ШНОР line of the overview. */
    public record Line(Suggestions.Shnor shnor, Assignments.@Nullable Assignment assignment) {}

    /** A curator line: profile, name, caseload. */
    public record CuratorLine(CuratorProfiles.Profile profile, String name, int caseload) {}

    @GetMapping("/support")
    String overview(@RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        int cohort = year(year);
        UUID regionId = Suggestions.regionId(scope);
        var weak = lookups.weak().of(OrgPath.ofRegion(regionId), cohort);
        var current = new HashMap<UUID, Assignments.Assignment>();
        assignments.current(scope, cohort).forEach(a -> current.put(a.schoolId(), a));
        var lines = suggestions.shnor(scope, cohort, weak).stream()
                .map(s -> new Line(s, current.get(s.school().id())))
                .toList();
        model.addAttribute("year", cohort);
        model.addAttribute("lines", lines);
        model.addAttribute("curators", curators(regionId, cohort));
        model.addAttribute("people", people(regionId));
        model.addAttribute("names", names(regionId, cohort));
        model.addAttribute("subjects", weak.names());
        model.addAttribute("regionWide", scope.isRegionWide());
        return "support/overview";
    }

    @GetMapping("/support/matching")
    String matching(@RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        int cohort = year(year);
        UUID regionId = Suggestions.regionId(scope);
        var result = suggestions.suggest(scope, cohort);
        model.addAttribute("year", cohort);
        model.addAttribute("result", result);
        model.addAttribute("names", names(regionId, cohort));
        model.addAttribute("people", people(regionId));
        return "support/matching";
    }

    @PostMapping("/support/matching")
    String acceptAll(@RequestParam int year, Scope scope, Authentication who, RedirectAttributes redirect) {
        var result = suggestions.suggest(scope, year);
        var names = names(Suggestions.regionId(scope), year);
        int done = 0;
        for (CuratorMatching.Pair p : result.pairs()) {
            if (p.curator() == null) continue;
            assignments.assign(
                    result.schools().get(p.schoolId()).school(),
                    year,
                    p.curator(),
                    reasons.of(p, names),
                    who.getName());
            done++;
        }
        redirect.addFlashAttribute("assigned", done);
        return "redirect:/support?year=" + year;
    }

    /** A hand-made assignment. */
    record AssignForm(
            UUID school, String curator, int year, @Nullable String reason) {}

    @PostMapping("/support/assignments")
    String assign(
            @org.springframework.web.bind.annotation.ModelAttribute AssignForm form,
            Scope scope,
            Authentication who,
            RedirectAttributes redirect) {
        try {
            String reason = form.reason() == null ? "" : form.reason().strip();
            assignments.assign(school(form.school(), scope), form.year(), form.curator(), reason, who.getName());
            redirect.addFlashAttribute("assigned", 1);
        } catch (Assignments.Refused e) {
            redirect.addFlashAttribute("problem", e.code);
        }
        return "redirect:/support?year=" + form.year();
    }

    @PostMapping("/support/assignments/end")
    String end(@RequestParam UUID school, @RequestParam int year, Scope scope, Authentication who) {
        assignments.end(school(school, scope), year, who.getName());
        return "redirect:/support?year=" + year;
    }

    private List<CuratorLine> curators(UUID regionId, int year) {
        var loads = profiles.caseloads(year);
        var people = people(regionId);
        return profiles.ofRegion(regionId).stream()
                .map(p -> new CuratorLine(
                        p, people.getOrDefault(p.username(), p.username()), loads.getOrDefault(p.username(), 0)))
                .toList();
    }

    private Map<String, String> people(UUID regionId) {
        var usernames = profiles.ofRegion(regionId).stream()
                .map(CuratorProfiles.Profile::username)
                .toList();
        var result = new HashMap<String, String>();
        lookups.users().named(Role.CURATOR, usernames).forEach(p -> result.put(p.username(), p.fullName()));
        return result;
    }

    /** Factor and municipality names for the pages. */
    private Map<String, String> names(UUID regionId, int year) {
        var names = new HashMap<String, String>();
        lookups.risks().factors(regionId, year).forEach(f -> names.put(f.code(), f.nameRu()));
        lookups.orgUnits()
                .inScope(OrgUnitKind.MUNICIPALITY, Scope.region(regionId))
                .forEach(m -> names.put(m.id().toString(), m.name()));
        return names;
    }

    private OrgUnitRef school(UUID id, Scope scope) {
        return lookups.orgUnits()
                .find(id)
                .filter(s -> s.kind() == OrgUnitKind.SCHOOL && scope.permits(s.path()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private int year(@Nullable Integer year) {
        return year == null ? Year.now(clock).getValue() : year;
    }
}
