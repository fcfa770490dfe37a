package ru.opora.reporting.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SchoolResults;
import ru.opora.identity.Permission;
import ru.opora.identity.UserDirectory;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;

/** What the notes' pages show: the catalogue, a draft with its figures, a note with its versions. */
@Component
class NotePages {

    record Catalogue(List<Notes.Note> notes, List<OrgUnitRef> units, List<Integer> years, boolean canIssue) {}

    record Draft(
            OrgUnitRef unit, int year, String title, List<Blocks> blocks, String conclusions, String recommendations) {}

    /** A note with its versions; {@code people} names who issued them (a login is not a name). */
    record NotePage(
            Notes.Note note,
            String unit,
            List<Notes.Version> versions,
            boolean canIssue,
            java.util.Map<String, String> people) {

        public String person(String username) {
            return people.getOrDefault(username, username);
        }
    }

    /** What the pages read. */
    @Component
    record Parts(
            Notes notes,
            NoteFigures figures,
            NoteContent content,
            NoteDocx docx,
            NotePdf pdf,
            OrgUnits orgUnits,
            SchoolResults results,
            UserDirectory users,
            Clock clock) {}

    private final Parts parts;

    NotePages(Parts parts) {
        this.parts = parts;
    }

    Parts parts() {
        return parts;
    }

    Catalogue catalogue(Scope scope, Authentication who) {
        if (scope.isEmpty()) return new Catalogue(List.of(), List.of(), List.of(), false);
        return new Catalogue(
                parts.notes().inScope(scope), units(scope), parts.results().years(scope.region()), canIssue(who));
    }

    /** The units a reader may write a note of: their own unit and, for a region or municipality, the municipalities. */
    List<OrgUnitRef> units(Scope scope) {
        var units = new ArrayList<OrgUnitRef>();
        for (var p : scope.sortedPaths()) parts.orgUnits().find(p.unitId()).ifPresent(units::add);
        if (scope.isRegionWide()) units.addAll(parts.orgUnits().inScope(OrgUnitKind.MUNICIPALITY, scope));
        return units;
    }

    /** The unit when the reader's scope holds it. */
    OrgUnitRef unit(UUID id, Scope scope) {
        var unit = parts.orgUnits().find(id).orElseThrow(NotFound::new);
        if (!scope.permits(unit.path())) throw new NotFound();
        return unit;
    }

    /** A draft: the figures now, the written sections of the last version (or the first draft of them). */
    Draft draft(UUID unitId, int year, Scope scope, Authentication who, Locale locale) {
        var unit = unit(unitId, scope);
        var figures = parts.figures().of(unit, year);
        String conclusions = parts.content().conclusions(figures, locale);
        String recommendations = parts.content().recommendations(figures, locale);
        var existing = parts.notes().inScope(Scope.of(unit.path())).stream()
                .filter(n -> n.unitId().equals(unit.id()) && n.year() == year)
                .findFirst();
        if (existing.isPresent()) {
            var last = parts.notes().versions(existing.get().id()).stream().findFirst();
            if (last.isPresent()) {
                conclusions = last.get().conclusions();
                recommendations = last.get().recommendations();
            }
        }
        var issue = new NoteContent.Issue(0, LocalDate.now(parts.clock()), name(who), conclusions, recommendations);
        return new Draft(
                unit,
                year,
                parts.content().title(figures, locale),
                parts.content().blocks(figures, issue, locale),
                conclusions,
                recommendations);
    }

    /** Issues a version with the written sections; the figures are read again as they are now. */
    UUID issue(
            UUID unitId,
            int year,
            @Nullable String conclusions,
            @Nullable String recommendations,
            Scope scope,
            Authentication who) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var unit = unit(unitId, scope);
        var figures = parts.figures().of(unit, year);
        var existing = parts.notes().inScope(Scope.of(unit.path())).stream()
                .filter(n -> n.unitId().equals(unit.id()) && n.year() == year)
                .findFirst();
        int version = existing.map(n -> n.versions() + 1).orElse(1);
        var issue = new NoteContent.Issue(
                version,
                LocalDate.now(parts.clock()),
                name(who),
                conclusions == null ? "" : conclusions.strip(),
                recommendations == null ? "" : recommendations.strip());
        var blocks = parts.content().blocks(figures, issue, locale);
        return parts.notes()
                .issue(
                        unit,
                        year,
                        parts.content().title(figures, locale),
                        new Notes.Issued(
                                issue.conclusions(),
                                issue.recommendations(),
                                parts.docx().write(blocks),
                                parts.pdf().write(blocks),
                                who.getName()));
    }

    NotePage note(UUID id, Scope scope, Authentication who) {
        var note = parts.notes().find(id).orElseThrow(NotFound::new);
        if (!scope.permits(note.unitPath())) throw new NotFound();
        var versions = parts.notes().versions(id);
        var people = new java.util.HashMap<String, String>();
        for (var v : versions)
            people.computeIfAbsent(
                    v.issuedBy(),
                    u -> parts.users()
                            .find(u)
                            .map(UserDirectory.Person::fullName)
                            .orElse(u));
        return new NotePage(
                note,
                parts.orgUnits().find(note.unitId()).map(OrgUnitRef::name).orElse(""),
                versions,
                canIssue(who),
                people);
    }

    private String name(Authentication who) {
        return parts.users()
                .find(who.getName())
                .map(UserDirectory.Person::fullName)
                .orElse(who.getName());
    }

    static boolean canIssue(Authentication who) {
        return who.getAuthorities().stream()
                .anyMatch(a -> Permission.REPORTS_ISSUE.name().equals(a.getAuthority()));
    }
}
