package ru.opora.coordination.practices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.opora.coordination.materials.Materials;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.SchoolRisks;
import ru.opora.shared.NotFound;

/** What the bank's pages show, each read in the reader's scope. */
@Component
class PracticePages {

    /** A practice with its school's name and its risks' names. */
    record Line(Practice p, String school, List<String> risks) {

        /** The effect as people read it: «+12,5» for a move the right way. */
        public String effect() {
            var e = p.effect();
            return (e.signum() > 0 ? "+" : "") + ru.opora.shared.Formats.number(e, 1);
        }
    }

    record Bank(
            Practices.Query query,
            List<Line> found,
            Map<String, String> risks,
            List<String> subjects,
            List<Line> queue,
            List<Line> own,
            @Nullable OrgUnitRef author) {}

    /** A practice's page; {@code inScope} when the reader's scope holds the author school (its monitoring opens). */
    record PracticePage(
            Line line, List<Materials.File> files, List<Practices.Step> steps, boolean inDoubt, boolean inScope) {}

    /** What the pages read. */
    @Component
    record Parts(
            Practices practices,
            Materials materials,
            OrgUnits orgUnits,
            SchoolRisks risks,
            ru.opora.coordination.doubt.SchoolsInDoubt doubt,
            Clock clock) {}

    private final Parts parts;

    PracticePages(Parts parts) {
        this.parts = parts;
    }

    Parts parts() {
        return parts;
    }

    /** The school a reader submits for: their one school, when they may. */
    @Nullable
    OrgUnitRef author(Scope scope, Authentication who) {
        if (!has(who, Permission.PRACTICES_SUBMIT)) return null;
        var paths = scope.sortedPaths();
        if (paths.size() != 1 || paths.getFirst().kind() != OrgUnitKind.SCHOOL) return null;
        return parts.orgUnits().find(paths.getFirst().unitId()).orElse(null);
    }

    Bank bank(Scope scope, Authentication who, Practices.Query query) {
        if (scope.isEmpty()) return new Bank(query, List.of(), Map.of(), List.of(), List.of(), List.of(), null);
        var region = scope.region();
        var doubt = inDoubt(region);
        var risks = riskNames(region);
        var found = parts.practices().published(region, query).stream()
                .filter(p -> !doubt.contains(p.schoolId()))
                .toList();
        var mine = parts.practices().inScope(scope);
        boolean moderator = has(who, Permission.PRACTICES_MODERATE);
        var queue = moderator
                ? mine.stream()
                        .filter(p -> p.state() == Practice.State.SUBMITTED || p.state() == Practice.State.APPROVED)
                        .toList()
                : List.<Practice>of();
        var author = author(scope, who);
        var own = author == null ? List.<Practice>of() : mine;
        return new Bank(
                query,
                lines(found, risks),
                risks,
                parts.practices().subjects(region),
                lines(queue, risks),
                lines(own, risks),
                author);
    }

    /** A practice the reader may read: a published one of the region (unless its school is in doubt), or one in scope. */
    PracticePage practice(UUID id, Scope scope, Authentication who) {
        var p = parts.practices().find(id).orElseThrow(NotFound::new);
        boolean inScope = scope.permits(p.schoolPath());
        boolean doubt = inDoubt(p.schoolPath().region()).contains(p.schoolId());
        boolean public_ = p.state() == Practice.State.PUBLISHED
                && !scope.isEmpty()
                && scope.region().equals(p.schoolPath().region())
                && !doubt;
        if (!inScope && !public_) throw new NotFound();
        var steps = has(who, Permission.PRACTICES_MODERATE) && inScope
                ? switch (p.state()) {
                    case SUBMITTED -> List.of(Practices.Step.APPROVE, Practices.Step.REJECT);
                    case APPROVED -> List.of(Practices.Step.PUBLISH, Practices.Step.REJECT);
                    default -> List.<Practices.Step>of();
                }
                : List.<Practices.Step>of();
        return new PracticePage(
                lines(List.of(p), riskNames(p.schoolPath().region())).getFirst(),
                parts.materials().of(id),
                steps,
                doubt,
                inScope);
    }

    /**
     * The published practices of other schools that address a risk the school chose for the year,
     * best effect first: what its plan page offers.
     */
    List<Line> forSchool(UUID schoolId, int year, Scope scope) {
        var school = parts.orgUnits().school(schoolId, scope).orElseThrow(NotFound::new);
        var chosen = new HashSet<>(parts.risks().chosen(schoolId, year));
        if (chosen.isEmpty()) return List.of();
        var region = school.path().region();
        var doubt = inDoubt(region);
        var found = parts.practices().published(region, Practices.Query.ALL).stream()
                .filter(p -> !p.schoolId().equals(schoolId) && !doubt.contains(p.schoolId()))
                .filter(p -> p.risks().stream().anyMatch(chosen::contains))
                .toList();
        return lines(found, riskNames(region));
    }

    /** The region's schools never held up as a model: objectivity flags open or confirmed. */
    Set<UUID> inDoubt(OrgPath region) {
        return parts.doubt().of(region);
    }

    /** The risk factors' names by code, of the region's catalogue of this year (or the last). */
    Map<String, String> riskNames(OrgPath region) {
        int year = LocalDate.now(parts.clock()).getYear();
        var factors = parts.risks().factors(region.regionId(), year);
        if (factors.isEmpty()) factors = parts.risks().factors(region.regionId(), year - 1);
        boolean ru = "ru".equals(LocaleContextHolder.getLocale().getLanguage());
        var names = new LinkedHashMap<String, String>();
        factors.forEach(f -> names.put(f.code(), ru ? f.nameRu() : f.nameEn()));
        return names;
    }

    private List<Line> lines(List<Practice> practices, Map<String, String> risks) {
        var names = new HashMap<UUID, String>();
        parts.orgUnits()
                .byIds(practices.stream().map(Practice::schoolId).distinct().toList())
                .forEach(o -> names.put(o.id(), o.name()));
        return practices.stream()
                .map(p -> new Line(
                        p,
                        names.getOrDefault(p.schoolId(), ""),
                        p.risks().stream().map(r -> risks.getOrDefault(r, r)).toList()))
                .toList();
    }

    static boolean has(Authentication who, Permission p) {
        return who.getAuthorities().stream().anyMatch(a -> p.name().equals(a.getAuthority()));
    }
}
