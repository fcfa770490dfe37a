package ru.opora.people.pupils;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SkillRates;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;

/**
 * The pupils-at-risk pages: a school's suggestions and decisions (codes and classes; the names the
 * school gave only to readers with {@code PUPIL_NAMES}), and the scope's schools in counts only.
 */
@Component
class PupilPages {

    record SchoolPage(
            OrgUnitRef school,
            int year,
            List<Integer> years,
            List<AtRiskSuggestions.Suggestion> suggested,
            List<AtRiskPupils.Entry> decided,
            boolean canEdit,
            boolean names,
            AtRiskRules.Version rules,
            java.util.Set<String> yearKeys) {

        /** Whether a route can be written from the year shown: the entry came from its ВПР, or not from a ВПР at all. */
        public boolean routeHere(AtRiskPupils.Entry e) {
            return !e.sourceKey().startsWith("VPR:") || yearKeys.contains(e.sourceKey());
        }
    }

    /** A school's confirmed pupils by category, its declined suggestions, and its routes in counts. */
    record SchoolCount(OrgUnitRef school, int[] byCategory, int declined, RouteReads.Progress routes) {

        public int count(String category) {
            return byCategory[AtRiskSuggestions.Category.valueOf(category).ordinal()];
        }
    }

    /** A municipality's routes in counts, for a region-wide reader. */
    record AreaProgress(OrgUnitRef area, RouteReads.Progress routes) {}

    record Overview(
            List<SchoolCount> schools,
            List<AtRiskSuggestions.Category> categories,
            List<AreaProgress> areas,
            RouteReads.Progress total) {

        /** The share of re-measured routes whose skills improved, per municipality: the region looks at it first. */
        public String areasChart(String label) {
            return ru.opora.shared.Chart.bars(
                            areas.stream().map(a -> a.area().name()).toList(),
                            List.of(ru.opora.shared.Chart.Dataset.of(
                                    label,
                                    areas.stream()
                                            .map(a -> a.routes().improvedShare())
                                            .toList())))
                    .json();
        }
    }

    /** What the pages read. */
    @Component
    record Parts(
            AtRiskRules rules,
            AtRiskSuggestions suggestions,
            AtRiskPupils pupils,
            SkillRates results,
            RouteReads routes,
            PupilFiles files) {}

    private final Parts parts;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    PupilPages(Parts parts, OrgUnits orgUnits, MessageSource messages) {
        this.parts = parts;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    OrgUnitRef school(UUID id, Scope scope) {
        return orgUnits.school(id, scope).orElseThrow(NotFound::new);
    }

    PupilFiles files() {
        return parts.files();
    }

    /** The years of the school's results, latest first. */
    List<Integer> years(OrgUnitRef school) {
        return parts.results().years(school.path());
    }

    /** The school's decided pupils, as stored. */
    List<AtRiskPupils.Entry> entries(UUID school) {
        return parts.pupils().ofSchool(school);
    }

    SchoolPage school(UUID id, @Nullable Integer asked, Scope scope, Authentication who) {
        var school = school(id, scope);
        var years = parts.results().years(school.path());
        int year = asked != null && years.contains(asked) ? asked : years.isEmpty() ? 0 : years.getFirst();
        var rules = parts.rules().current(school.path().regionId());
        var decided = parts.pupils().ofSchool(id);
        var done = new HashSet<String>();
        decided.forEach(e -> done.add(e.code() + "|" + e.category() + "|" + e.sourceKey()));
        var suggested = parts.suggestions().of(school, year, rules.rules()).stream()
                .filter(s -> !done.contains(s.code() + "|" + s.category() + "|" + s.sourceKey()))
                .toList();
        return new SchoolPage(
                school,
                year,
                years,
                suggested,
                decided,
                has(who, Permission.PUPILS_EDIT),
                has(who, Permission.PUPIL_NAMES),
                rules,
                parts.suggestions().sourceKeys(school, year));
    }

    /** The suggestion the form names, found again on the server: the basis is never taken from the form. */
    java.util.Optional<AtRiskSuggestions.Suggestion> suggestion(
            OrgUnitRef school, int year, String code, String category, String sourceKey) {
        var rules = parts.rules().current(school.path().regionId()).rules();
        return parts.suggestions().of(school, year, rules).stream()
                .filter(s -> s.code().equals(code)
                        && s.category().name().equals(category)
                        && s.sourceKey().equals(sourceKey))
                .findFirst();
    }

    Overview overview(Scope scope) {
        var counts = parts.pupils().counts(scope);
        var progress = parts.routes().progress(scope);
        var none = new RouteReads.Progress(0, 0, 0, 0);
        var schools = new ArrayList<SchoolCount>();
        var byArea = new java.util.LinkedHashMap<UUID, RouteReads.Progress>();
        var total = none;
        int n = AtRiskSuggestions.Category.values().length;
        for (OrgUnitRef s : orgUnits.inScope(OrgUnitKind.SCHOOL, scope)) {
            int[] c = counts.get(s.id());
            var p = progress.getOrDefault(s.id(), none);
            if (c == null && p.routes() == 0) continue;
            int[] cs = c == null ? new int[n + 1] : c;
            schools.add(new SchoolCount(s, java.util.Arrays.copyOf(cs, n), cs[n], p));
            total = total.plus(p);
            s.path().municipalityId().ifPresent(m -> byArea.merge(m, p, RouteReads.Progress::plus));
        }
        var areas = new ArrayList<AreaProgress>();
        if (scope.isRegionWide())
            for (OrgUnitRef m : orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope))
                if (byArea.containsKey(m.id())) areas.add(new AreaProgress(m, byArea.get(m.id())));
        return new Overview(schools, List.of(AtRiskSuggestions.Category.values()), areas, total);
    }

    static final int SCHOOLS_PER_PAGE = 50;

    /** The overview's schools as the reader asked: found by part of the code or name, fifty to a page. */
    static ru.opora.shared.Paging.Slice<SchoolCount> slice(
            List<SchoolCount> schools, @Nullable String q, @Nullable Integer page) {
        return ru.opora.shared.Paging.found(
                schools, s -> s.school().code() + " " + s.school().name(), q, page, SCHOOLS_PER_PAGE);
    }

    /** The overview for Excel: counts per school, no pupil. */
    Table overviewTable(Scope scope, Locale locale) {
        var page = overview(scope);
        var headers = new ArrayList<String>(List.of(msg("people.school", locale)));
        for (var c : page.categories()) headers.add(msg("pupils.category." + c, locale));
        headers.add(msg("pupils.declined", locale));
        headers.add(msg("pupils.routes", locale));
        headers.add(msg("pupils.routes.measured", locale));
        headers.add(msg("pupils.routes.improved", locale));
        headers.add(msg("pupils.routes.improvedShare", locale));
        var rows = new ArrayList<List<?>>();
        for (var s : page.schools()) {
            var row = new ArrayList<Object>(
                    List.of(s.school().code() + " " + s.school().name()));
            for (int v : s.byCategory()) row.add(v);
            row.add(s.declined());
            row.add(s.routes().routes());
            row.add(s.routes().measured());
            row.add(s.routes().improved());
            var share = s.routes().improvedShare();
            row.add(share == null ? "" : Math.round(share * 10) / 10.0);
            rows.add(row);
        }
        return new Table(msg("pupils.title", locale), headers, rows);
    }

    /** The routes' progress per municipality for Excel: counts only. */
    Table areasTable(Scope scope, Locale locale) {
        var page = overview(scope);
        var rows = new ArrayList<List<?>>();
        for (var a : page.areas()) {
            var share = a.routes().improvedShare();
            rows.add(List.of(
                    a.area().name(),
                    a.routes().routes(),
                    a.routes().measured(),
                    a.routes().improved(),
                    share == null ? "" : Math.round(share * 10) / 10.0));
        }
        return new Table(
                msg("pupils.routes.progress", locale),
                List.of(
                        msg("pupils.municipality", locale),
                        msg("pupils.routes", locale),
                        msg("pupils.routes.measured", locale),
                        msg("pupils.routes.improved", locale),
                        msg("pupils.routes.improvedShare", locale)),
                rows);
    }

    /** The school's decided pupils for Excel; the name column only for readers with PUPIL_NAMES. */
    Table schoolTable(SchoolPage page, Locale locale) {
        var headers = new ArrayList<String>(List.of(
                msg("pupils.code", locale),
                msg("people.class", locale),
                msg("pupils.categoryLabel", locale),
                msg("pupils.basis", locale),
                msg("pupils.state", locale),
                msg("pupils.reason", locale)));
        if (page.names()) headers.add(msg("pupils.name", locale));
        var rows = new ArrayList<List<?>>();
        for (var e : page.decided()) {
            var row = new ArrayList<Object>(List.of(
                    e.code(),
                    e.classLabel(),
                    msg("pupils.category." + e.category(), locale),
                    e.basis(),
                    msg("pupils.state." + e.state(), locale),
                    e.reason()));
            if (page.names()) row.add(e.name() == null ? "" : e.name());
            rows.add(row);
        }
        return new Table(page.school().name(), headers, rows);
    }

    private static boolean has(Authentication who, Permission p) {
        return who.getAuthorities().stream().anyMatch(a -> p.name().equals(a.getAuthority()));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
