package ru.opora.people.courses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.identification.ShnorRegister;
import ru.opora.identification.ShnorState;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;
import ru.opora.people.diagnostics.Deficits;

/**
 * The share of teachers trained on their identified deficits within a year (docs/domain.md §6.7,
 * M4). A teacher counts in the year's denominator when their latest diagnostic up to the year's
 * end found a deficit, and in the numerator when a course they completed in that year addresses
 * one of those deficits (by the skill codes the course names). For a skill (a topic) the same is
 * counted for that deficit alone. ШНОР are the schools with a ШНОР status that has not ended — from
 * a candidate of the region's confirmed list to one pending exit —; every other school is «other».
 */
@Component
public class TrainingShares {

    /** Teachers with a deficit and those of them trained on it. */
    public record Count(int withDeficit, int trained) {

        public static final Count NONE = new Count(0, 0);

        Count plus(boolean trainedToo) {
            return new Count(withDeficit + 1, trained + (trainedToo ? 1 : 0));
        }

        public Count plus(Count other) {
            return new Count(withDeficit + other.withDeficit, trained + other.trained);
        }

        /** The share trained, in per cent; null with nobody to train. */
        public @org.jspecify.annotations.Nullable Double share() {
            return withDeficit == 0 ? null : ru.opora.shared.Formats.round(100.0 * trained / withDeficit, 1);
        }
    }

    /** ШНОР and the other schools side by side. */
    public record Split(Count shnor, Count others) {

        public static final Split NONE = new Split(Count.NONE, Count.NONE);

        Split plus(boolean isShnor, boolean trained) {
            return isShnor ? new Split(shnor.plus(trained), others) : new Split(shnor, others.plus(trained));
        }
    }

    /**
     * A year's figures.
     *
     * @param bySchool each school's teachers (all its teachers with a deficit, whatever the subject)
     * @param shnorSchools the schools counted as ШНОР
     * @param bySkill per «subject|skill code»: teachers with that deficit and trained on it
     * @param skillNames the skills' wording by the same key
     * @param bySubject per subject code
     */
    public record Figures(
            int year,
            Map<UUID, Count> bySchool,
            Map<UUID, OrgPath> schoolPaths,
            Set<UUID> shnorSchools,
            Map<String, Split> bySkill,
            Map<String, String> skillNames,
            Map<String, Split> bySubject) {

        /** ШНОР and other schools per municipality. */
        public Map<UUID, Split> byMunicipality() {
            var result = new HashMap<UUID, Split>();
            bySchool.forEach((school, count) -> schoolPaths
                    .get(school)
                    .municipalityId()
                    .ifPresent(m -> {
                        var split = result.getOrDefault(m, Split.NONE);
                        result.put(
                                m,
                                shnorSchools.contains(school)
                                        ? new Split(split.shnor().plus(count), split.others())
                                        : new Split(
                                                split.shnor(), split.others().plus(count)));
                    }));
            return result;
        }

        /** All ШНОР of the scope together, and all other schools. */
        public Split total() {
            var total = Split.NONE;
            for (var split : byMunicipality().values())
                total = new Split(
                        total.shnor().plus(split.shnor()), total.others().plus(split.others()));
            return total;
        }
    }

    private final Deficits deficits;
    private final CourseCatalogue catalogue;
    private final ShnorRegister register;

    TrainingShares(Deficits deficits, CourseCatalogue catalogue, ShnorRegister register) {
        this.deficits = deficits;
        this.catalogue = catalogue;
        this.register = register;
    }

    public Figures of(Scope scope, int year) {
        var results = deficits.inScope(scope, LocalDate.of(year, 12, 31)).stream()
                .filter(Deficits.SkillResult::deficit)
                .toList();
        var teachers = new HashSet<UUID>();
        results.forEach(r -> teachers.add(r.teacherId()));
        Map<UUID, List<String>> courseSkills = new HashMap<>();
        if (!scope.isEmpty()) catalogue.all(scope.regionId()).forEach(c -> courseSkills.put(c.id(), c.skills()));
        var trainedOn = new HashMap<UUID, Set<String>>();
        catalogue
                .takenBy(teachers)
                .forEach((teacher, list) -> list.stream()
                        .filter(t -> t.completed() != null && t.completed().getYear() == year)
                        .forEach(t -> trainedOn
                                .computeIfAbsent(teacher, k -> new HashSet<>())
                                .addAll(courseSkills.getOrDefault(t.courseId(), List.of()))));
        var shnor = new HashSet<UUID>();
        register.states(scope).forEach((school, state) -> {
            if (isShnor(state)) shnor.add(school);
        });
        return figures(year, results, trainedOn, shnor);
    }

    /** Whether a school in this state counts as a ШНОР: any status but the exit. */
    public static boolean isShnor(ShnorState state) {
        return state != ShnorState.EXITED;
    }

    private static Figures figures(
            int year, List<Deficits.SkillResult> results, Map<UUID, Set<String>> trainedOn, Set<UUID> shnor) {
        var byTeacher = new HashMap<UUID, List<Deficits.SkillResult>>();
        results.forEach(r ->
                byTeacher.computeIfAbsent(r.teacherId(), k -> new ArrayList<>()).add(r));
        var bySchool = new HashMap<UUID, Count>();
        var paths = new HashMap<UUID, OrgPath>();
        var bySkill = new TreeMap<String, Split>();
        var names = new HashMap<String, String>();
        var bySubject = new TreeMap<String, Split>();
        byTeacher.forEach((teacher, list) -> {
            var on = trainedOn.getOrDefault(teacher, Set.of());
            UUID school = list.getFirst().schoolId();
            boolean isShnor = shnor.contains(school);
            paths.put(school, list.getFirst().schoolPath());
            bySchool.merge(
                    school, Count.NONE.plus(list.stream().anyMatch(r -> on.contains(r.skillCode()))), Count::plus);
            var subjects = new HashMap<String, Boolean>();
            for (var r : list) {
                String key = r.subjectCode() + "|" + r.skillCode();
                names.putIfAbsent(key, r.skill());
                boolean trained = on.contains(r.skillCode());
                bySkill.put(key, bySkill.getOrDefault(key, Split.NONE).plus(isShnor, trained));
                subjects.merge(r.subjectCode(), trained, Boolean::logicalOr);
            }
            subjects.forEach((subject, trained) -> bySubject.put(
                    subject, bySubject.getOrDefault(subject, Split.NONE).plus(isShnor, trained)));
        });
        return new Figures(year, bySchool, paths, shnor, bySkill, names, bySubject);
    }
}
