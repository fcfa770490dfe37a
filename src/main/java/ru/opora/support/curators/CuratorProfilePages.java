package ru.opora.support.curators;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import ru.opora.identity.Role;
import ru.opora.identity.UserDirectory;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.SchoolRisks;
import ru.opora.shared.NotFound;

/**
 * The region's editor of a curator's profile: organisation, subjects, the risk factors they know,
 * their municipality, how many schools they can carry and their own school. Every field is
 * checked and a bad one is named. Profiles are the region's: a municipal coordinator assigns
 * curators but does not edit them.
 */
@Component
class CuratorProfilePages {

    /** The subjects a curator may know, by ФИС ОКО code. */
    static final List<String> SUBJECTS =
            List.of("RU", "MA", "OM", "HI", "BI", "GE", "PH", "CH", "EN", "SO", "IN", "LI");

    /** The form; {@code problems} are message keys. */
    record Form(
            UserDirectory.Person person,
            CuratorProfiles.Profile profile,
            String ownSchoolCode,
            List<SchoolRisks.FactorInfo> factors,
            List<OrgUnitRef> municipalities,
            List<String> problems) {

        public List<String> subjects() {
            return SUBJECTS;
        }
    }

    private final CuratorProfiles profiles;
    private final UserDirectory users;
    private final SchoolRisks risks;
    private final OrgUnits orgUnits;
    private final Clock clock;

    CuratorProfilePages(
            CuratorProfiles profiles, UserDirectory users, SchoolRisks risks, OrgUnits orgUnits, Clock clock) {
        this.profiles = profiles;
        this.users = users;
        this.risks = risks;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    Form form(String username, Scope scope) {
        UUID regionId = regionWide(scope);
        var profile = profiles.find(username)
                .filter(p -> p.regionId().equals(regionId))
                .orElse(new CuratorProfiles.Profile(username, regionId, "", "", Set.of(), Set.of(), null, 2, null));
        return form(username, profile, List.of(), scope);
    }

    /** Saves the profile; returns the form back with its problems when a field is wrong, or null. */
    @Nullable
    Form save(String username, MultiValueMap<String, String> form, Scope scope, String user) {
        UUID regionId = regionWide(scope);
        curator(username);
        var problems = new ArrayList<String>();
        int limit = limit(form.getFirst("caseloadLimit"), problems);
        var municipality = municipality(form.getFirst("municipality"), scope, problems);
        var own = ownSchool(form.getFirst("ownSchool"), scope, problems);
        var codes = factors(regionId).stream().map(SchoolRisks.FactorInfo::code).toList();
        var expertise = new HashSet<>(form.getOrDefault("expertise", List.of()));
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
        if (!problems.isEmpty()) return form(username, profile, problems, scope);
        profiles.save(profile, user, OrgPath.ofRegion(regionId));
        return null;
    }

    private Form form(String username, CuratorProfiles.Profile profile, List<String> problems, Scope scope) {
        return new Form(
                curator(username),
                profile,
                profile.ownSchoolId() == null
                        ? ""
                        : orgUnits.find(profile.ownSchoolId())
                                .map(OrgUnitRef::code)
                                .orElse(""),
                factors(scope.regionId()),
                orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope),
                problems);
    }

    private UserDirectory.Person curator(String username) {
        return users.find(username).filter(p -> p.role() == Role.CURATOR).orElseThrow(NotFound::new);
    }

    private List<SchoolRisks.FactorInfo> factors(UUID regionId) {
        return risks.factors(regionId, Year.now(clock).getValue());
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
            var m = orgUnits.find(UUID.fromString(id))
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
        var school = orgUnits.findByCode(OrgUnitKind.SCHOOL, code.strip()).filter(s -> scope.permits(s.path()));
        if (school.isEmpty()) problems.add("support.profile.error.ownSchool");
        return school.map(OrgUnitRef::id).orElse(null);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static UUID regionWide(Scope scope) {
        if (!scope.isRegionWide()) throw new AccessDeniedException("the region keeps curators' profiles");
        return scope.regionId();
    }
}
