package ru.opora.people.loop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.opora.assessments.ClassTeachers;
import ru.opora.assessments.SkillRates.SkillLine;
import ru.opora.identification.ShnorRegister;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.people.courses.CourseCatalogue;

/**
 * The loop of every school in scope, one line each: its weak skills in the ВПР of a year, how many
 * teachers of those subjects have a deficit in one of them and how many of those were trained on it
 * before the next ВПР, and how the weak skills moved at the next ВПР beside the region. Read per
 * school from school aggregates only (no class is opened), so a municipality costs a few reads.
 */
@Component
class LoopOverview {

    /** One school's loop in figures. */
    record SchoolLine(
            OrgUnitRef school,
            boolean shnor,
            int weakSkills,
            int withDeficit,
            int trained,
            int better,
            int worse,
            @Nullable Double beyondRegion) {}

    private final SchoolLoop.Sources sources;
    private final LoopSettings settings;
    private final OrgUnits orgUnits;
    private final ShnorRegister register;

    LoopOverview(SchoolLoop.Sources sources, LoopSettings settings, OrgUnits orgUnits, ShnorRegister register) {
        this.sources = sources;
        this.settings = settings;
        this.orgUnits = orgUnits;
        this.register = register;
    }

    List<SchoolLine> of(Scope scope, int year) {
        if (scope.isEmpty()) return List.of();
        var before = new HashMap<UUID, List<SkillLine>>();
        var after = new HashMap<UUID, List<SkillLine>>();
        for (OrgPath path : scope.sortedPaths()) {
            before.putAll(sources.skills().ofSchools(path, year));
            after.putAll(sources.skills().ofSchools(path, year + 1));
        }
        var classes = sources.staffing().classes(scope, ClassTeachers.schoolYearOf(year));
        var cutoff = settings.cutoff(year + 1);
        var deficits = new HashMap<UUID, Set<String>>();
        for (var r : sources.deficits().inScope(scope, cutoff))
            if (r.deficit())
                deficits.computeIfAbsent(r.teacherId(), k -> new HashSet<>()).add(r.skillCode());
        var trainedOn = trainedOn(deficits.keySet(), scope, cutoff);
        var states = register.states(scope);
        var lines = new ArrayList<SchoolLine>();
        for (OrgUnitRef school : orgUnits.inScope(OrgUnitKind.SCHOOL, scope)) {
            var weak = before.getOrDefault(school.id(), List.of()).stream()
                    .filter(SkillLine::low)
                    .toList();
            if (weak.isEmpty()) continue;
            var state = states.get(school.id());
            boolean shnor = state != null && ru.opora.people.courses.TrainingShares.isShnor(state);
            lines.add(line(
                    school,
                    shnor,
                    weak,
                    after.getOrDefault(school.id(), List.of()),
                    classes.getOrDefault(school.id(), List.of()),
                    new Found(deficits, trainedOn)));
        }
        return lines;
    }

    /** The deficits found by the cut-off and the skills each teacher was trained on by then. */
    private record Found(Map<UUID, Set<String>> deficits, Map<UUID, Set<String>> trainedOn) {}

    private SchoolLine line(
            OrgUnitRef school,
            boolean shnor,
            List<SkillLine> weak,
            List<SkillLine> next,
            List<ru.opora.people.teachers.Staffing.ClassOf> classes,
            Found found) {
        var nextByKey = new HashMap<String, SkillLine>();
        next.forEach(l -> nextByKey.put(l.subjectCode() + "|" + l.skillCode(), l));
        var withDeficit = new HashSet<UUID>();
        var trained = new HashSet<UUID>();
        int better = 0;
        int worse = 0;
        double sum = 0;
        int measured = 0;
        for (SkillLine l : weak) {
            var lowGrades = l.lowTasks().stream()
                    .map(ru.opora.assessments.SkillRates.LowTask::grade)
                    .toList();
            for (var c : classes) {
                if (!c.teaches(l.subjectCode()) || !lowGrades.contains(SchoolLoop.grade(c.classKey()))) continue;
                if (!found.deficits().getOrDefault(c.teacherId(), Set.of()).contains(l.skillCode())) continue;
                withDeficit.add(c.teacherId());
                if (found.trainedOn().getOrDefault(c.teacherId(), Set.of()).contains(l.skillCode()))
                    trained.add(c.teacherId());
            }
            var n = nextByKey.get(l.subjectCode() + "|" + l.skillCode());
            if (n == null) continue;
            Double school1 = LoopLine.change(l.school(), n.school());
            Double region1 = LoopLine.change(l.region(), n.region());
            if (school1 == null || region1 == null) continue;
            double beyond = school1 - region1;
            sum += beyond;
            measured++;
            if (beyond >= settings.margin()) better++;
            if (beyond <= -settings.margin()) worse++;
        }
        return new SchoolLine(
                school,
                shnor,
                weak.size(),
                withDeficit.size(),
                trained.size(),
                better,
                worse,
                measured == 0 ? null : ru.opora.shared.Formats.round(sum / measured, 1));
    }

    /** The skills each teacher completed a course on before the cut-off. */
    private Map<UUID, Set<String>> trainedOn(Set<UUID> teachers, Scope scope, java.time.LocalDate cutoff) {
        Map<UUID, List<String>> courseSkills = new HashMap<>();
        sources.courses().all(scope.regionId()).forEach(c -> courseSkills.put(c.id(), c.skills()));
        var result = new HashMap<UUID, Set<String>>();
        sources.courses().takenBy(teachers).forEach((teacher, list) -> {
            for (CourseCatalogue.Taken t : list)
                if (t.completed() != null && t.completed().isBefore(cutoff))
                    result.computeIfAbsent(teacher, k -> new HashSet<>())
                            .addAll(courseSkills.getOrDefault(t.courseId(), List.of()));
        });
        return result;
    }
}
