package ru.opora.coordination.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SkillRates;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;

/** What the network's pages show: the finder over the reader's region, and the centres the reader sees. */
@Component
class NetworkPages {

    /** What the finder is asked: a subject, one of its skills, a year; nulls mean «not chosen yet». */
    record Query(
            @Nullable String subject,
            @Nullable String skill,
            @Nullable Integer year) {}

    record CentreLine(ConsultingCentres.Centre c, String host, String owner) {}

    record Network(
            Map<String, String> subjects,
            Map<String, String> skills,
            List<Integer> years,
            Query query,
            List<StrongSchools.Candidate> candidates,
            boolean names,
            StrongSchools.Thresholds thresholds,
            List<CentreLine> centres,
            @Nullable OrgUnitRef owner,
            List<OrgUnitRef> schools) {}

    record ConsultationLine(ConsultingCentres.Consultation c, String school) {}

    record CentrePage(
            CentreLine line, List<ConsultationLine> consultations, boolean canRecord, List<OrgUnitRef> schools) {}

    /** What the pages read. */
    @Component
    record Parts(
            StrongSchools strong,
            ConsultingCentres centres,
            SkillRates rates,
            ru.opora.coordination.doubt.SchoolsInDoubt doubt,
            OrgUnits orgUnits,
            Clock clock) {}

    private final Parts parts;

    NetworkPages(Parts parts) {
        this.parts = parts;
    }

    Parts parts() {
        return parts;
    }

    LocalDate today() {
        return LocalDate.now(parts.clock());
    }

    /** The unit whose centres a reader keeps: their one region or municipality, when they plan events. */
    @Nullable
    OrgUnitRef owner(Scope scope, Authentication who) {
        if (!has(who, Permission.EVENTS_MANAGE)) return null;
        var paths = scope.sortedPaths();
        if (paths.size() != 1 || paths.getFirst().kind() == OrgUnitKind.SCHOOL) return null;
        return parts.orgUnits().find(paths.getFirst().unitId()).orElse(null);
    }

    Network network(Query q, Scope scope, Authentication who) {
        if (scope.isEmpty()) throw new NotFound();
        var region = scope.region();
        var years = parts.rates().years(region);
        int year = q.year() != null && years.contains(q.year())
                ? q.year()
                : years.isEmpty() ? today().getYear() : years.getFirst();
        var subjects = parts.rates().subjects();
        var subject = q.subject() != null && subjects.containsKey(q.subject()) ? q.subject() : null;
        var skills = subject == null ? Map.<String, String>of() : parts.rates().skillsOf(subject);
        var skill = q.skill() != null && skills.containsKey(q.skill()) ? q.skill() : null;
        var candidates = subject == null || skill == null
                ? List.<StrongSchools.Candidate>of()
                : parts.strong().find(region, subject, skill, year);
        var owner = owner(scope, who);
        return new Network(
                subjects,
                skills,
                years,
                new Query(subject, skill, year),
                candidates,
                has(who, Permission.PEOPLE_NAMES),
                parts.strong().thresholds(),
                lines(parts.centres().visible(scope)),
                owner,
                owner == null ? List.of() : parts.orgUnits().inScope(OrgUnitKind.SCHOOL, Scope.of(owner.path())));
    }

    ConsultingCentres.Centre readable(UUID id, Scope scope) {
        var c = parts.centres().find(id).orElseThrow(NotFound::new);
        if (!ConsultingCentres.sees(scope, c)) throw new NotFound();
        return c;
    }

    /** The owner's people, and the host school's, record its consultations. */
    boolean records(ConsultingCentres.Centre c, Scope scope, Authentication who) {
        return has(who, Permission.EVENTS_MANAGE) && (scope.permits(c.owner()) || scope.permits(c.host()));
    }

    CentrePage centre(UUID id, Scope scope, Authentication who) {
        var c = readable(id, scope);
        var consultations = parts.centres().consultations(id);
        var names = new HashMap<UUID, String>();
        parts.orgUnits()
                .byIds(consultations.stream()
                        .map(ConsultingCentres.Consultation::schoolId)
                        .distinct()
                        .toList())
                .forEach(o -> names.put(o.id(), o.name()));
        boolean records = records(c, scope, who);
        return new CentrePage(
                lines(List.of(c)).getFirst(),
                consultations.stream()
                        .map(x -> new ConsultationLine(x, names.getOrDefault(x.schoolId(), "")))
                        .toList(),
                records,
                records
                        ? parts.orgUnits().inScope(OrgUnitKind.SCHOOL, Scope.of(c.owner())).stream()
                                .filter(s -> !s.id().equals(c.hostId()))
                                .toList()
                        : List.of());
    }

    /** Whether the school carries objectivity flags, open or confirmed: then it is never a model. */
    boolean inDoubt(OrgUnitRef school) {
        return parts.doubt().of(school.path().region()).contains(school.id());
    }

    private List<CentreLine> lines(List<ConsultingCentres.Centre> centres) {
        var names = new HashMap<UUID, String>();
        parts.orgUnits()
                .byIds(centres.stream()
                        .flatMap(c -> java.util.stream.Stream.of(c.hostId(), c.ownerId()))
                        .distinct()
                        .toList())
                .forEach(o -> names.put(o.id(), o.name()));
        return centres.stream()
                .map(c -> new CentreLine(c, names.getOrDefault(c.hostId(), ""), names.getOrDefault(c.ownerId(), "")))
                .toList();
    }

    static boolean has(Authentication who, Permission p) {
        return who.getAuthorities().stream().anyMatch(a -> p.name().equals(a.getAuthority()));
    }
}
