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
            AtRiskRules.Version rules) {}

    /** A school's confirmed pupils by category, and its declined suggestions. */
    record SchoolCount(OrgUnitRef school, int[] byCategory, int declined) {

        public int count(String category) {
            return byCategory[AtRiskSuggestions.Category.valueOf(category).ordinal()];
        }
    }

    record Overview(List<SchoolCount> schools, List<AtRiskSuggestions.Category> categories) {}

    /** What the pages read. */
    @Component
    record Parts(AtRiskRules rules, AtRiskSuggestions suggestions, AtRiskPupils pupils, SkillRates results) {}

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

    SchoolPage school(UUID id, @Nullable Integer asked, Scope scope, Authentication who) {
        var school = school(id, scope);
        var years = parts.results().years(school.path());
        int year = asked != null && years.contains(asked) ? asked : years.isEmpty() ? 0 : years.getFirst();
        var rules = parts.rules().current(school.path().regionId());
        var decided = parts.pupils().ofSchool(id);
        var done = new HashSet<String>();
        decided.forEach(e -> done.add(e.code() + "|" + e.category() + "|" + e.sourceKey()));
        var suggested = year == 0
                ? List.<AtRiskSuggestions.Suggestion>of()
                : parts.suggestions().of(school, year, rules.rules()).stream()
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
                rules);
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
        var schools = new ArrayList<SchoolCount>();
        int n = AtRiskSuggestions.Category.values().length;
        for (OrgUnitRef s : orgUnits.inScope(OrgUnitKind.SCHOOL, scope)) {
            int[] c = counts.get(s.id());
            if (c != null) schools.add(new SchoolCount(s, java.util.Arrays.copyOf(c, n), c[n]));
        }
        return new Overview(schools, List.of(AtRiskSuggestions.Category.values()));
    }

    /** The overview for Excel: counts per school, no pupil. */
    Table overviewTable(Scope scope, Locale locale) {
        var page = overview(scope);
        var headers = new ArrayList<String>(List.of(msg("people.school", locale)));
        for (var c : page.categories()) headers.add(msg("pupils.category." + c, locale));
        headers.add(msg("pupils.declined", locale));
        var rows = new ArrayList<List<?>>();
        for (var s : page.schools()) {
            var row = new ArrayList<Object>(
                    List.of(s.school().code() + " " + s.school().name()));
            for (int v : s.byCategory()) row.add(v);
            row.add(s.declined());
            rows.add(row);
        }
        return new Table(msg("pupils.title", locale), headers, rows);
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
