package ru.opora.identification.runs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SchoolResults;
import ru.opora.identification.engine.GiaResult;
import ru.opora.identification.engine.SchoolYear;
import ru.opora.identification.engine.VprResult;
import ru.opora.identification.facts.RecordedFacts;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.SchoolContext;
import ru.opora.orgunits.Scope;

/**
 * Reads a region's years for the engine: every school's ВПР aggregates and ОГЭ/ЕГЭ lines, with its
 * register context, and the fingerprints of the inputs (each assessment's region total).
 */
@Component
class RegionYears {

    /** The engine's input and what it was read from. */
    record Loaded(
            Map<Integer, List<SchoolYear>> byYear,
            List<Map<String, Object>> inputs,
            Map<UUID, SchoolContext> schools) {}

    private final SchoolResults results;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final RecordedFacts recorded;

    RegionYears(SchoolResults results, OrgUnits orgUnits, MessageSource messages, RecordedFacts recorded) {
        this.recorded = recorded;
        this.results = results;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    Loaded load(OrgPath regionPath, int year, int windowYears) {
        var contexts = new HashMap<UUID, SchoolContext>();
        for (SchoolContext c : orgUnits.schoolContexts(Scope.of(List.of(regionPath)))) contexts.put(c.id(), c);
        var byYear = new HashMap<Integer, List<SchoolYear>>();
        var inputs = new ArrayList<Map<String, Object>>();
        for (int y = year; y > year - windowYears; y--) byYear.put(y, year(regionPath, y, contexts, inputs));
        return new Loaded(byYear, inputs, contexts);
    }

    private Map<UUID, List<GiaResult>> gia(OrgPath regionPath, int year, List<Map<String, Object>> inputs) {
        var gia = new HashMap<UUID, List<GiaResult>>();
        var exams = results.exams(regionPath, year);
        var ru = Locale.forLanguageTag("ru");
        for (var e : exams)
            gia.computeIfAbsent(e.schoolId(), k -> new ArrayList<>())
                    .add(new GiaResult(
                            e.exam(),
                            e.subjectCode(),
                            e.participants(),
                            e.belowMinimum(),
                            e.meanScore(),
                            messages.getMessage("assessment.kind." + e.exam(), null, e.exam(), ru) + " · "
                                    + e.subjectName()));
        inputs.add(Map.of("gia", year, "rows", exams.size()));
        return gia;
    }

    private Map<UUID, List<VprResult>> vpr(OrgPath regionPath, int year, List<Map<String, Object>> inputs) {
        var vpr = new HashMap<UUID, List<VprResult>>();
        for (var a : results.assessments(regionPath, year)) {
            String title = messages.getMessage(
                    "identification.assessmentLabel",
                    new Object[] {a.subjectName(), a.grade()},
                    Locale.forLanguageTag("ru"));
            results.forEachSchool(
                    a.id(),
                    regionPath,
                    s -> vpr.computeIfAbsent(s.schoolId(), k -> new ArrayList<>())
                            .add(new VprResult(
                                    a.id(),
                                    title,
                                    a.subjectCode(),
                                    a.grade(),
                                    a.maxPrimary(),
                                    a.thresholds(),
                                    a.taskMax(),
                                    a.advanced(),
                                    s.participants(),
                                    s.marks(),
                                    s.histogram(),
                                    s.taskSums(),
                                    s.journal())));
            var total = results.regionTotal(a.id(), regionPath);
            inputs.add(Map.of(
                    "assessmentId", a.id().toString(),
                    "year", year,
                    "title", title,
                    "participants", total.participants(),
                    "primarySum", total.primarySum()));
        }
        return vpr;
    }

    private List<SchoolYear> year(
            OrgPath regionPath, int year, Map<UUID, SchoolContext> contexts, List<Map<String, Object>> inputs) {
        var vpr = vpr(regionPath, year, inputs);
        var gia = gia(regionPath, year, inputs);
        var rechecks = recorded.rechecks(regionPath, year);
        var federal = recorded.federalList(regionPath, year);
        var social = recorded.socialIndex(regionPath, year);
        var schools = new ArrayList<SchoolYear>();
        var ids = new java.util.HashSet<UUID>(vpr.keySet());
        ids.addAll(gia.keySet());
        ids.addAll(rechecks.keySet());
        ids.addAll(federal.keySet());
        for (UUID id : ids) {
            SchoolContext c = contexts.get(id);
            schools.add(new SchoolYear(
                    id,
                    c != null && c.kind().selective(),
                    c != null && c.adverseSocialConditions(),
                    vpr.getOrDefault(id, List.of()),
                    gia.getOrDefault(id, List.of()),
                    rechecks.getOrDefault(id, List.of()),
                    federal.get(id),
                    social.get(id),
                    c != null && c.kind() == ru.opora.orgunits.SchoolKind.CORRECTIONAL,
                    c == null ? null : c.shareOvz()));
        }
        return schools;
    }
}
