package ru.opora.support.curators;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.identity.Role;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.Scope;

/** The region admin's editor of a curator's profile; every field is checked and a bad one is named. */
@Controller
class CuratorProfileController {

    private final CuratorProfiles profiles;
    private final SupportController.Lookups lookups;
    private final Clock clock;

    CuratorProfileController(CuratorProfiles profiles, SupportController.Lookups lookups, Clock clock) {
        this.profiles = profiles;
        this.lookups = lookups;
        this.clock = clock;
    }

    @GetMapping("/support/curators")
    String open(@RequestParam String username) {
        return "redirect:/support/curators/"
                + org.springframework.web.util.UriUtils.encodePathSegment(
                        username.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/support/curators/{username}")
    String form(@PathVariable String username, Scope scope, Model model) {
        UUID regionId = regionWide(scope);
        var person = lookups.users()
                .find(username)
                .filter(p -> p.role() == Role.CURATOR)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var profile = profiles.find(username)
                .filter(p -> p.regionId().equals(regionId))
                .orElse(new CuratorProfiles.Profile(username, regionId, "", "", Set.of(), Set.of(), null, 2, null));
        if (!model.containsAttribute("profile")) model.addAttribute("profile", profile);
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        model.addAttribute("person", person);
        model.addAttribute(
                "factors", lookups.risks().factors(regionId, Year.now(clock).getValue()));
        model.addAttribute("municipalities", lookups.orgUnits().inScope(OrgUnitKind.MUNICIPALITY, scope));
        model.addAttribute("subjects", List.of("RU", "MA", "OM", "HI", "BI", "GE", "PH", "CH", "EN", "SO", "IN", "LI"));
        model.addAttribute(
                "ownSchoolCode",
                profile.ownSchoolId() == null
                        ? ""
                        : lookups.orgUnits()
                                .find(profile.ownSchoolId())
                                .map(s -> s.code())
                                .orElse(""));
        return "support/curator";
    }

    @PostMapping("/support/curators/{username}")
    String save(
            @PathVariable String username,
            @RequestParam MultiValueMap<String, String> form,
            Scope scope,
            Authentication who,
            Model model) {
        UUID regionId = regionWide(scope);
        if (lookups.users().find(username).filter(p -> p.role() == Role.CURATOR).isEmpty())
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        var problems = new ArrayList<String>();
        int limit = limit(form.getFirst("caseloadLimit"), problems);
        var municipality = municipality(form.getFirst("municipality"), scope, problems);
        var own = ownSchool(form.getFirst("ownSchool"), scope, problems);
        var codes = lookups.risks().factors(regionId, Year.now(clock).getValue()).stream()
                .map(f -> f.code())
                .toList();
        var expertise = new java.util.HashSet<>(form.getOrDefault("expertise", List.of()));
        if (!codes.containsAll(expertise)) problems.add("support.profile.error.expertise");
        var profile = new CuratorProfiles.Profile(
                username,
                regionId,
                text(form.getFirst("organisation")),
                text(form.getFirst("position")),
                Set.copyOf(form.getOrDefault("subjects", List.of())),
                Set.copyOf(expertise),
                municipality,
                limit,
                own);
        if (!problems.isEmpty()) {
            model.addAttribute("profile", profile);
            model.addAttribute("problems", problems);
            return form(username, scope, model);
        }
        profiles.save(profile, who.getName(), OrgPath.ofRegion(regionId));
        return "redirect:/support#curators";
    }

    private static int limit(@Nullable String text, List<String> problems) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            if (n >= 0 && n <= 50) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("support.profile.error.limit");
        return 2;
    }

    private @Nullable UUID municipality(@Nullable String id, Scope scope, List<String> problems) {
        if (id == null || id.isBlank()) return null;
        try {
            var m = lookups.orgUnits()
                    .find(UUID.fromString(id))
                    .filter(o -> o.kind() == OrgUnitKind.MUNICIPALITY && scope.permits(o.path()));
            if (m.isPresent()) return m.get().id();
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add("support.profile.error.municipality");
        return null;
    }

    private @Nullable UUID ownSchool(@Nullable String code, Scope scope, List<String> problems) {
        if (code == null || code.isBlank()) return null;
        var school =
                lookups.orgUnits().findByCode(OrgUnitKind.SCHOOL, code.strip()).filter(s -> scope.permits(s.path()));
        if (school.isEmpty()) problems.add("support.profile.error.ownSchool");
        return school.map(s -> s.id()).orElse(null);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    /** Profiles are the region's: a municipal coordinator assigns but does not edit them. */
    private static UUID regionWide(Scope scope) {
        if (!scope.isRegionWide()) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        return scope.regionId();
    }
}
