package ru.opora.monitoring.mechanism;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.planning.MunicipalRoadmaps;
import ru.opora.shared.Chart;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;

/** The mechanism assessment's pages: the regional table and one municipality's form with its suggestions. */
@Component
class MechanismPages {

    /** A municipality's line of the table: its assessment (null when none yet). */
    record Line(OrgUnitRef municipality, MechanismAssessments.@Nullable Assessment assessment) {
        public MechanismScale.@Nullable Level level(MechanismScale scale) {
            return assessment == null ? null : scale.level(assessment.total());
        }
    }

    record Index(int year, List<Line> lines, MechanismScale scale, Chart chart) {}

    record Form(
            int year,
            OrgUnitRef municipality,
            MechanismAssessments.@Nullable Assessment assessment,
            MechanismScale scale,
            List<MechanismScale.Position> suggestions,
            Set<String> inRoadmap,
            List<String> problems) {

        public boolean editable() {
            return assessment == null || assessment.editable();
        }

        /** Whether the municipal roadmap of the year already has the position's suggested row. */
        public boolean inRoadmap(MechanismScale.Position p) {
            return inRoadmap.contains(MunicipalRoadmaps.sameTitle(p.suggestion()));
        }
    }

    private final MechanismAssessments assessments;
    private final MechanismScale scale;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final MunicipalRoadmaps roadmaps;
    private final Clock clock;

    MechanismPages(
            MechanismAssessments assessments,
            MechanismScale scale,
            OrgUnits orgUnits,
            MessageSource messages,
            MunicipalRoadmaps roadmaps,
            Clock clock) {
        this.roadmaps = roadmaps;
        this.assessments = assessments;
        this.scale = scale;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.clock = clock;
    }

    int year(@Nullable Integer year) {
        return year != null && year >= 2000 && year <= 2100
                ? year
                : LocalDate.now(clock).getYear();
    }

    Index index(@Nullable Integer asked, Scope scope, Locale locale) {
        int year = year(asked);
        var lines = new ArrayList<Line>();
        var municipalities = orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope);
        var ofYear = assessments.ofYear(year, scope);
        for (OrgUnitRef m : municipalities) lines.add(new Line(m, ofYear.get(m.id())));
        var labels = lines.stream().map(l -> l.municipality().name()).toList();
        var totals = lines.stream()
                .map(l ->
                        l.assessment() == null ? null : (Number) l.assessment().total())
                .toList();
        var chart = Chart.bars(
                        labels,
                        List.of(Chart.Dataset.of(messages.getMessage("mechanism.total", null, locale), totals, 0)))
                .horizontal()
                .upTo(scale.max());
        return new Index(year, lines, scale, chart);
    }

    Form form(UUID municipalityId, @Nullable Integer asked, Scope scope, List<String> problems) {
        int year = year(asked);
        var municipality = orgUnits.find(municipalityId)
                .filter(m -> m.kind() == OrgUnitKind.MUNICIPALITY && scope.permits(m.path()))
                .orElseThrow(NotFound::new);
        var assessment = assessments.find(municipalityId, year).orElse(null);
        var suggestions = new ArrayList<MechanismScale.Position>();
        if (assessment != null)
            for (var p : scale.positions()) {
                var s = assessment.score(p.number());
                if (s == null || s.score() < MechanismScale.MAX_SCORE) suggestions.add(p);
            }
        var inRoadmap = new java.util.HashSet<String>();
        if (!suggestions.isEmpty())
            roadmaps.titles(municipalityId, year).forEach(t -> inRoadmap.add(MunicipalRoadmaps.sameTitle(t)));
        return new Form(year, municipality, assessment, scale, suggestions, inRoadmap, problems);
    }

    /** The regional table for Excel: a municipality per row, a position per column, the total and level. */
    Table table(@Nullable Integer asked, Scope scope, Locale locale) {
        var index = index(asked, scope, locale);
        var headers = new ArrayList<String>();
        headers.add(messages.getMessage("school.municipality", null, locale));
        for (var p : scale.positions()) headers.add(p.number() + ". " + p.name());
        headers.add(messages.getMessage("mechanism.total", null, locale));
        headers.add(messages.getMessage("mechanism.level", null, locale));
        headers.add(messages.getMessage("mechanism.status", null, locale));
        var rows = new ArrayList<List<?>>();
        for (Line l : index.lines()) {
            var row = new ArrayList<@Nullable Object>();
            row.add(l.municipality().name());
            var a = l.assessment();
            for (var p : scale.positions()) {
                var s = a == null ? null : a.score(p.number());
                row.add(s == null ? null : s.score());
            }
            row.add(a == null ? null : a.total());
            var level = l.level(scale);
            row.add(level == null ? null : messages.getMessage("mechanism.level." + level, null, locale));
            row.add(
                    a == null
                            ? messages.getMessage("mechanism.status.NONE", null, locale)
                            : messages.getMessage("mechanism.status." + a.status(), null, locale));
            rows.add(row);
        }
        return new Table(
                messages.getMessage("mechanism.title", new Object[] {String.valueOf(index.year())}, locale),
                headers,
                rows);
    }
}
