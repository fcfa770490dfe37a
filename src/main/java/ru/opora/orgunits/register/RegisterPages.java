package ru.opora.orgunits.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.SchoolKind;
import ru.opora.orgunits.Scope;
import ru.opora.orgunits.Settlement;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;

/** The register as pages show it: the schools list with its filters, a school's card, the municipalities, and their exports. */
@Component
class RegisterPages {

    /** The schools list with the filter's choices. */
    record SchoolsPage(SchoolFilter filter, SchoolQueries.SchoolPage result, List<OrgUnitRef> municipalities) {

        public List<SchoolKind> kinds() {
            return List.of(SchoolKind.values());
        }

        public List<Settlement> settlements() {
            return List.of(Settlement.values());
        }

        public List<String> levels() {
            return List.of("НОО", "ООО", "СОО");
        }
    }

    /** A school's card: the school, its municipality, its head school (for a branch) and its branches. */
    record Card(
            School school,
            Municipality municipality,
            SchoolQueries.@Nullable SchoolLine head,
            List<SchoolQueries.SchoolLine> branches) {}

    private final SchoolQueries queries;
    private final Schools schools;
    private final Municipalities municipalities;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    RegisterPages(
            SchoolQueries queries,
            Schools schools,
            Municipalities municipalities,
            OrgUnits orgUnits,
            MessageSource messages) {
        this.queries = queries;
        this.schools = schools;
        this.municipalities = municipalities;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    SchoolsPage schools(SchoolFilter filter, Scope scope) {
        checkMunicipality(filter, scope);
        return new SchoolsPage(filter, queries.page(filter, scope), orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope));
    }

    Table schoolsTable(SchoolFilter filter, Scope scope, Locale locale) {
        checkMunicipality(filter, scope);
        var rows = new ArrayList<List<?>>();
        for (var s : queries.all(filter, scope))
            rows.add(Arrays.asList(
                    s.code(),
                    s.shortName(),
                    s.municipality(),
                    msg(s.kind().messageKey(), locale),
                    msg(s.settlement().messageKey(), locale),
                    s.levels(),
                    s.students(),
                    s.teachers(),
                    s.shareOvz(),
                    s.small(),
                    s.correctional(),
                    s.adverse(),
                    s.branchOfCode()));
        var headers = Table.headers(
                messages,
                locale,
                "school.code",
                "school.shortName",
                "school.municipality",
                "school.kind",
                "school.settlement",
                "school.levels",
                "school.students",
                "school.teachers",
                "school.shareOvz",
                "school.small",
                "school.correctional",
                "school.adverse",
                "school.branchOf");
        return new Table(msg("schools.title", locale), headers, rows);
    }

    Card card(UUID id, Scope scope) {
        var located = schools.find(id).orElseThrow(NotFound::new);
        if (!scope.permits(located.path())) throw new AccessDeniedException("school " + id + " is outside the scope");
        School school = located.school();
        return new Card(
                school,
                municipalities
                        .find(school.municipalityId())
                        .map(Municipalities.Located::municipality)
                        .orElseThrow(),
                school.branchOf() == null
                        ? null
                        : queries.line(school.branchOf(), scope).orElse(null),
                queries.branches(id, scope));
    }

    List<SchoolQueries.MunicipalityLine> municipalities(Scope scope) {
        return queries.municipalities(scope);
    }

    Table municipalitiesTable(Scope scope, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (var m : queries.municipalities(scope))
            rows.add(Arrays.asList(
                    m.code(),
                    m.name(),
                    m.authorityName(),
                    m.oktmo(),
                    m.schools(),
                    m.students(),
                    m.teachers(),
                    m.rural(),
                    m.adverse()));
        var headers = Table.headers(
                messages,
                locale,
                "municipality.code",
                "municipality.name",
                "municipality.authority",
                "municipality.oktmo",
                "municipality.schools",
                "municipality.students",
                "municipality.teachers",
                "municipality.rural",
                "municipality.adverse");
        return new Table(msg("municipalities.title", locale), headers, rows);
    }

    /** A municipality of the reader's scope; 404 for an unknown one, 403 for one outside. */
    Municipalities.Located municipality(UUID id, Scope scope) {
        var m = municipalities.find(id).orElseThrow(NotFound::new);
        if (!scope.permits(m.path())) throw new AccessDeniedException("municipality outside the scope");
        return m;
    }

    /** A municipality filter outside the scope is refused, not silently emptied. */
    private void checkMunicipality(SchoolFilter filter, Scope scope) {
        if (filter.municipality() != null) municipality(filter.municipality(), scope);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
