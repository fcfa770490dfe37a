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
import ru.opora.monitoring.CampaignSummaries;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;

/** What the notes' pages show: the catalogue, a draft with its figures, a note with its versions. */
@Component
class NotePages {

    record Catalogue(
            List<Notes.Note> notes,
            List<OrgUnitRef> units,
            List<Integer> years,
            List<CampaignSummaries.CampaignRef> campaigns,
            boolean canIssue) {}

    record Draft(
            OrgUnitRef unit,
            int year,
            @Nullable UUID campaign,
            String title,
            List<Blocks> blocks,
            String conclusions,
            String recommendations) {}

    /** A subject's note composed: its title, its blocks for an issue, the first drafts of the two sections. */
    private record Composed(
            String title,
            java.util.function.Function<NoteContent.Issue, List<Blocks>> blocks,
            String conclusions,
            String recommendations) {}

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
            MonitoringNoteContent monitoring,
            CampaignSummaries summaries,
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
        if (scope.isEmpty()) return new Catalogue(List.of(), List.of(), List.of(), List.of(), false);
        return new Catalogue(
                parts.notes().inScope(scope),
                units(scope),
                parts.results().years(scope.region()),
                parts.summaries().campaigns(scope, org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                canIssue(who));
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

    /**
     * The subject of a note: the unit (in the reader's scope) and a year of ВПР, or a campaign of the
     * unit's region — whose cohort year is then the note's year.
     */
    Notes.Subject subject(UUID unitId, @Nullable Integer year, @Nullable UUID campaign, Scope scope) {
        var unit = unit(unitId, scope);
        if (campaign == null) {
            if (year == null || year < 2000 || year > 2100) throw new NotFound();
            return new Notes.Subject(unit, year, null);
        }
        var found = parts.summaries().campaigns(Scope.of(unit.path()), Locale.ROOT).stream()
                .filter(c -> c.id().equals(campaign))
                .findFirst()
                .orElseThrow(NotFound::new);
        return new Notes.Subject(unit, found.cohortYear(), campaign);
    }

    private Composed compose(Notes.Subject s, Locale locale) {
        if (s.campaign() == null) {
            var figures = parts.figures().of(s.unit(), s.year());
            var content = parts.content();
            return new Composed(
                    content.title(figures, locale),
                    issue -> content.blocks(figures, issue, locale),
                    content.conclusions(figures, locale),
                    content.recommendations(figures, locale));
        }
        var summary = parts.summaries().of(s.campaign(), s.unit(), locale).orElseThrow(NotFound::new);
        var content = parts.monitoring();
        return new Composed(
                content.title(summary, s.unit(), locale),
                issue -> content.blocks(summary, s.unit(), issue, locale),
                content.conclusions(summary, locale),
                content.recommendations(summary, locale));
    }

    private java.util.Optional<Notes.Note> existing(Notes.Subject s) {
        return parts.notes().inScope(Scope.of(s.unit().path())).stream()
                .filter(n -> n.of(s))
                .findFirst();
    }

    /** A draft: the figures now, the written sections of the last version (or the first draft of them). */
    Draft draft(Notes.Subject s, Authentication who, Locale locale) {
        var composed = compose(s, locale);
        String conclusions = composed.conclusions();
        String recommendations = composed.recommendations();
        var last =
                existing(s).flatMap(n -> parts.notes().versions(n.id()).stream().findFirst());
        if (last.isPresent()) {
            conclusions = last.get().conclusions();
            recommendations = last.get().recommendations();
        }
        var issue = new NoteContent.Issue(0, LocalDate.now(parts.clock()), name(who), conclusions, recommendations);
        return new Draft(
                s.unit(),
                s.year(),
                s.campaign(),
                composed.title(),
                composed.blocks().apply(issue),
                conclusions,
                recommendations);
    }

    /** Issues a version with the written sections; the figures are read again as they are now. */
    UUID issue(Notes.Subject s, @Nullable String conclusions, @Nullable String recommendations, Authentication who) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var composed = compose(s, locale);
        int version = existing(s).map(n -> n.versions() + 1).orElse(1);
        var issue = new NoteContent.Issue(
                version,
                LocalDate.now(parts.clock()),
                name(who),
                conclusions == null ? "" : conclusions.strip(),
                recommendations == null ? "" : recommendations.strip());
        var blocks = composed.blocks().apply(issue);
        return parts.notes()
                .issue(
                        s,
                        composed.title(),
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
