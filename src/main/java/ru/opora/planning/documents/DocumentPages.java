package ru.opora.planning.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import ru.opora.identity.Permission;
import ru.opora.identity.Role;
import ru.opora.identity.UserDirectory;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;

/** A document: read with the expert's remarks beside the text, edited as the school, moved through its states. */
@Component
class DocumentPages {

    /** The document as read, with what the reader may do with it. */
    record View(
            Document doc,
            Template template,
            List<Gap> gaps,
            List<DocumentEvent> history,
            List<DocumentVersion> versions,
            Remarks.@Nullable Latest review,
            boolean canEdit,
            boolean canAssign,
            List<UserDirectory.Person> experts,
            String owner) {}

    /** Two submitted versions side by side. */
    record Diff(
            Document doc,
            DocumentVersion from,
            DocumentVersion to,
            List<DocumentVersion> versions,
            List<VersionDiff.Change> changes) {}

    /** The editor; {@code library} holds the recommended measures of the document's risks. */
    record Editor(
            Document doc,
            Template template,
            Remarks.@Nullable Latest review,
            List<String> library,
            List<ru.opora.planning.ProgrammeIndicators.Option> catalogue,
            List<String> problems) {}

    /** What saving came to: saved (and, when asked, submitted), or the editor back with problems. */
    record Saving(@Nullable Editor refused, boolean submit) {}

    /** The school's own steps: the expert's and the region's have their own pages. */
    private static final List<Transition> SCHOOL_STEPS =
            List.of(Transition.SUBMIT, Transition.START, Transition.COMPLETE, Transition.AMEND);

    /** Who reads and writes here besides the school: the experts to assign, the schools a roadmap may name. */
    @Component
    record People(UserDirectory users, OrgUnits orgUnits) {}

    /** What the writer goes by: the template of the type, the expert's remarks, the recommended measures. */
    @Component
    record Guidance(
            PlanningSettings settings,
            Remarks remarks,
            MeasureLibrary library,
            List<ru.opora.planning.ProgrammeIndicators> indicators) {

        /** The region's monitoring indicators a programme may name (none without monitoring). */
        List<ru.opora.planning.ProgrammeIndicators.Option> catalogue(UUID regionId) {
            return indicators.isEmpty() ? List.of() : indicators.getFirst().of(regionId);
        }
    }

    private final SchoolDocuments documents;
    private final DocumentAccess access;
    private final PlanningSettings settings;
    private final Remarks remarks;
    private final MeasureLibrary library;
    private final Guidance guidance;
    private final People people;
    private final MessageSource messages;

    DocumentPages(
            SchoolDocuments documents,
            DocumentAccess access,
            Guidance guidance,
            People people,
            MessageSource messages) {
        this.documents = documents;
        this.access = access;
        this.settings = guidance.settings();
        this.remarks = guidance.remarks();
        this.library = guidance.library();
        this.guidance = guidance;
        this.people = people;
        this.messages = messages;
    }

    View view(UUID id, Scope scope, Authentication who) {
        var doc = access.readable(id, scope, who);
        boolean canAssign =
                DocumentAccess.has(who, Permission.PLAN_ASSIGN_EXPERT) && doc.status() == DocumentStatus.SUBMITTED;
        return new View(
                doc,
                settings.template(doc.type()),
                documents.gaps(doc),
                documents.history(id),
                documents.versions(id),
                remarks.latest(id).orElse(null),
                DocumentAccess.has(who, doc.type().municipal() ? Permission.MUNICIPAL_PLAN_EDIT : Permission.PLAN_EDIT),
                canAssign,
                canAssign ? people.users().withRole(Role.REGION_EXPERT, scope) : List.of(),
                people.orgUnits()
                        .find(doc.schoolId())
                        .map(o -> o.code() + " " + o.name())
                        .orElse(""));
    }

    Diff diff(UUID id, int from, int to, Scope scope, Authentication who) {
        var doc = access.readable(id, scope, who);
        var versions = documents.versions(id);
        var a = versions.stream().filter(v -> v.number() == from).findFirst().orElseThrow(NotFound::new);
        var b = versions.stream().filter(v -> v.number() == to).findFirst().orElseThrow(NotFound::new);
        return new Diff(doc, a, b, versions, VersionDiff.between(a.content(), b.content()));
    }

    /** The editor, or empty when the document's state no longer lets it be edited. */
    java.util.Optional<Editor> editor(UUID id, Scope scope, Authentication who) {
        var doc = access.editable(id, scope, who);
        if (!doc.status().editable()) return java.util.Optional.empty();
        return java.util.Optional.of(editor(doc, List.of()));
    }

    /**
     * Saves the edited document if every cell reads and nobody saved it since it was opened
     * (the form's «version»: a missing or forged one cannot match, so it counts as someone else's change).
     */
    Saving save(UUID id, MultiValueMap<String, String> form, Scope scope, Authentication who, Locale locale) {
        var doc = access.editable(id, scope, who);
        var catalogue = new java.util.HashMap<String, ru.opora.planning.ProgrammeIndicators.Option>();
        guidance.catalogue(doc.schoolPath().regionId()).forEach(o -> catalogue.put(o.code(), o));
        var parsed = ContentForm.parse(settings.template(doc.type()), form, catalogue);
        var problems = problems(parsed.problems(), locale);
        if (doc.type().municipal())
            problems.addAll(unknownSchools(parsed.content(), Scope.of(doc.schoolPath()), locale));
        var edited = doc.edited(
                ContentForm.value(form, "title", 0).strip(),
                date(ContentForm.value(form, "periodFrom", 0), doc.periodFrom(), problems, locale),
                date(ContentForm.value(form, "periodTo", 0), doc.periodTo(), problems, locale),
                parsed.content());
        if (!problems.isEmpty()) return new Saving(editor(edited, problems), false);
        try {
            documents.save(edited, version(form), who.getName());
        } catch (DocumentChanged e) {
            return new Saving(
                    editor(edited, List.of(messages.getMessage("planning.conflict", new Object[] {e.by()}, locale))),
                    false);
        }
        return new Saving(null, "submit".equals(form.getFirst("action")));
    }

    /** One of the school's steps; returns why it was refused, or nothing. */
    List<String> transition(UUID id, String transition, String note, Scope scope, Authentication who, Locale locale) {
        var step = SCHOOL_STEPS.stream()
                .filter(s -> s.name().equals(transition))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a school's step: " + transition));
        access.editable(id, scope, who);
        try {
            documents.apply(id, step, who.getName(), note);
            return List.of();
        } catch (DocumentRefused e) {
            return e.reasons().stream()
                    .map(r -> messages.getMessage(r, null, locale))
                    .toList();
        }
    }

    private Editor editor(Document doc, List<String> problems) {
        return new Editor(
                doc,
                settings.template(doc.type()),
                remarks.latest(doc.id()).orElse(null),
                library.of(doc),
                settings.template(doc.type()).indicators()
                        ? guidance.catalogue(doc.schoolPath().regionId())
                        : List.of(),
                problems);
    }

    /** A municipal roadmap's row may name only the schools of the municipality it is written for. */
    private List<String> unknownSchools(Content content, Scope municipality, Locale locale) {
        var schools = people.orgUnits().schoolsByCode(municipality);
        var problems = new ArrayList<String>();
        int n = 0;
        for (Content.Measure m : content.measures()) {
            n++;
            for (String code : m.schools())
                if (schools.find(code).isEmpty())
                    problems.add(messages.getMessage("planning.form.unknownSchool", new Object[] {n, code}, locale));
        }
        return problems;
    }

    private List<String> problems(List<ContentForm.Problem> found, Locale locale) {
        var problems = new ArrayList<String>();
        for (var p : found)
            problems.add(messages.getMessage(
                    "planning.form.unreadable",
                    new Object[] {
                        messages.getMessage("planning.table." + p.table(), null, locale),
                        p.row(),
                        messages.getMessage("planning.column." + p.column(), null, locale),
                        p.value()
                    },
                    locale));
        return problems;
    }

    private LocalDate date(String text, LocalDate fallback, List<String> problems, Locale locale) {
        if (text.isBlank()) return fallback;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(messages.getMessage("planning.form.period", new Object[] {text}, locale));
            return fallback;
        }
    }

    private static int version(MultiValueMap<String, String> form) {
        try {
            return Integer.parseInt(ContentForm.value(form, "version", 0).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
