package ru.opora.support.curators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import ru.opora.identification.ShnorState;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Paging;
import ru.opora.support.matching.CuratorMatching;

/** {@code /support}: the ШНОР with their curators, the suggested matching with its reasons, and assignments. */
@Component
class SupportPages {

    /** A ШНОР line of the overview. */
    record Line(Suggestions.Shnor shnor, Assignments.@Nullable Assignment assignment) {}

    /** A curator line: profile, name, caseload. */
    record CuratorLine(CuratorProfiles.Profile profile, String name, int caseload) {}

    /**
     * A ШНОР line as drawn: every name already looked up and the curator choices already written, so
     * that the template only places text. Looking names up through the template's expressions (a
     * dozen reflective calls a line) and looping over every curator of every line took most of the
     * region's page time (#22).
     */
    record Row(
            UUID school,
            String code,
            String label,
            String municipality,
            ShnorState state,
            List<String> risks,
            List<String> subjects,
            @Nullable String curator,
            @Nullable String reason,
            String options) {}

    /** The overview: a page of drawn lines, a page of curators, names of factors and municipalities by code and id. */
    record Overview(
            int year,
            Paging.Slice<Row> lines,
            Paging.Slice<CuratorLine> curators,
            Map<String, String> names,
            boolean regionWide) {}

    /** The drawn line of {@code l}, its names from the overview's maps. */
    static Row row(
            Line l,
            List<CuratorLine> choices,
            Map<String, String> people,
            Map<String, String> names,
            Map<String, String> subjects) {
        var s = l.shnor().school();
        var a = l.assignment();
        return new Row(
                s.id(),
                s.code(),
                s.code() + " " + s.name(),
                names.getOrDefault(s.path().municipalityId().orElseThrow().toString(), ""),
                l.shnor().state(),
                l.shnor().risks().stream().map(r -> names.getOrDefault(r, r)).toList(),
                l.shnor().weakSubjects().stream()
                        .map(w -> subjects.getOrDefault(w, w))
                        .toList(),
                a == null ? null : people.getOrDefault(a.curator(), a.curator()),
                a == null ? null : a.reason(),
                options(choices, a == null ? null : a.curator()));
    }

    /** The curator choices as HTML options, {@code current} selected; escaped here, as the template would. */
    static String options(List<CuratorLine> choices, @Nullable String current) {
        var html = new StringBuilder(choices.size() * 96);
        for (CuratorLine c : choices) {
            String login = c.profile().username();
            html.append("<option value=\"")
                    .append(HtmlUtils.htmlEscape(login, "UTF-8"))
                    .append('"')
                    .append(login.equals(current) ? " selected>" : ">")
                    .append(HtmlUtils.htmlEscape(
                            c.name() + " (" + c.caseload() + "/" + c.profile().caseloadLimit() + ")", "UTF-8"))
                    .append("</option>");
        }
        return html.toString();
    }

    /** What the overview is asked for: the cohort year, a school by code or name, only those without a curator, the pages. */
    record Query(
            @Nullable Integer year,
            @Nullable String q,
            @Nullable Boolean without,
            @Nullable Integer page,
            @Nullable Integer cpage) {

        public boolean onlyWithout() {
            return Boolean.TRUE.equals(without);
        }

        boolean wants(Line l) {
            if (onlyWithout() && l.assignment() != null) return false;
            if (q == null || q.isBlank()) return true;
            var school = l.shnor().school();
            String needle = q.strip().toLowerCase(java.util.Locale.ROOT);
            return school.code().toLowerCase(java.util.Locale.ROOT).contains(needle)
                    || school.name().toLowerCase(java.util.Locale.ROOT).contains(needle);
        }
    }

    /** Rows per page of the overview's two tables. */
    static final int SIZE = 50;

    record Matching(int year, Suggestions.Result result, Map<String, String> names, Map<String, String> people) {}

    /** A hand-made assignment. */
    record AssignForm(
            UUID school, String curator, int year, @Nullable String reason) {}

    private final Suggestions suggestions;
    private final Assignments assignments;
    private final CuratorProfiles profiles;
    private final AssignmentReasons reasons;
    private final SupportDirectory directory;

    SupportPages(
            Suggestions suggestions,
            Assignments assignments,
            CuratorProfiles profiles,
            AssignmentReasons reasons,
            SupportDirectory directory) {
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.profiles = profiles;
        this.reasons = reasons;
        this.directory = directory;
    }

    Overview overview(Query query, Scope scope) {
        int cohort = directory.year(query.year());
        UUID regionId = Suggestions.regionId(scope);
        var found = suggestions.weak(scope, cohort);
        var current = new HashMap<UUID, Assignments.Assignment>();
        assignments.current(scope, cohort).forEach(a -> current.put(a.schoolId(), a));
        var people = directory.people(regionId);
        var everyCurator = curators(regionId, cohort, people);
        var lines = suggestions.shnor(scope, cohort, found).stream()
                .map(s -> new Line(s, current.get(s.school().id())))
                .filter(query::wants)
                .toList();
        var page = Paging.slice(lines, query.page(), SIZE);
        var names = directory.names(regionId, cohort);
        var rows = page.rows().stream()
                .map(l -> row(l, everyCurator, people, names, found.names()))
                .toList();
        return new Overview(
                cohort,
                new Paging.Slice<>(rows, page.page(), page.pages(), page.total()),
                Paging.slice(everyCurator, query.cpage(), SIZE),
                names,
                scope.isRegionWide());
    }

    Matching matching(@Nullable Integer year, Scope scope) {
        int cohort = directory.year(year);
        UUID regionId = Suggestions.regionId(scope);
        return new Matching(
                cohort,
                suggestions.suggest(scope, cohort),
                directory.names(regionId, cohort),
                directory.people(regionId));
    }

    /** Assigns every suggested pair that has a curator; returns how many. */
    int acceptAll(int year, Scope scope, String user) {
        var result = suggestions.suggest(scope, year);
        var reason = reasons.forMatching(result, Suggestions.regionId(scope), year);
        int done = 0;
        for (CuratorMatching.Pair p : result.pairs()) {
            if (p.curator() == null) continue;
            assignments.assign(result.schools().get(p.schoolId()).school(), year, p.curator(), reason.apply(p), user);
            done++;
        }
        return done;
    }

    /** Assigns by hand; returns the code of the refusal, or null. */
    @Nullable
    String assign(AssignForm form, Scope scope, String user) {
        try {
            String reason = form.reason() == null ? "" : form.reason().strip();
            assignments.assign(directory.school(form.school(), scope), form.year(), form.curator(), reason, user);
            return null;
        } catch (Assignments.Refused e) {
            return e.code;
        }
    }

    void end(UUID school, int year, Scope scope, String user) {
        assignments.end(directory.school(school, scope), year, user);
    }

    private List<CuratorLine> curators(UUID regionId, int year, Map<String, String> people) {
        var ofRegion = profiles.ofRegion(regionId);
        var loads = profiles.caseloads(
                year, ofRegion.stream().map(CuratorProfiles.Profile::username).toList());
        return ofRegion.stream()
                .map(p -> new CuratorLine(
                        p, people.getOrDefault(p.username(), p.username()), loads.getOrDefault(p.username(), 0)))
                .toList();
    }
}
