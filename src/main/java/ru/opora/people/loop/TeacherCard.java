package ru.opora.people.loop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.opora.assessments.ClassTeachers;
import ru.opora.assessments.SkillRates.SkillLine;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.people.courses.CourseCatalogue;
import ru.opora.people.diagnostics.Deficits;
import ru.opora.people.teachers.Staffing;
import ru.opora.people.teachers.Teacher;
import ru.opora.shared.Formats;
import ru.opora.shared.NotFound;

/**
 * A teacher's card: their classes, what their latest diagnostics found skill by skill, their
 * courses, and the courses recommended to them — each with its reason: a deficit the diagnostic
 * found, or a task of the skill that their class solved below the region's rule at the latest ВПР.
 */
@Component
class TeacherCard {

    /** A course recommended, and why. */
    record Recommendation(CourseCatalogue.Course course, List<String> reasons) {}

    record Card(
            OrgUnitRef school,
            Teacher teacher,
            String name,
            List<Staffing.ClassOf> classes,
            int schoolYear,
            List<Deficits.SkillResult> skills,
            List<CourseCatalogue.Taken> courses,
            List<Recommendation> recommended) {}

    private final SchoolLoop.Sources sources;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final Clock clock;

    TeacherCard(SchoolLoop.Sources sources, OrgUnits orgUnits, MessageSource messages, Clock clock) {
        this.sources = sources;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.clock = clock;
    }

    Card of(UUID id, Scope scope, Authentication who, Locale locale) {
        Teacher teacher = sources.staffing().find(id).orElseThrow(NotFound::new);
        OrgUnitRef school = orgUnits.school(teacher.schoolId(), scope).orElseThrow(NotFound::new);
        String name = sources.staffing()
                .shownNames(school.id(), Staffing.namesVisible(scope, who))
                .getOrDefault(id, "—");
        var today = LocalDate.now(clock);
        int schoolYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        var classes = mine(school, schoolYear, id);
        var skills = sources.deficits().ofTeachers(List.of(id), today).getOrDefault(id, List.of());
        var taken = sources.courses().takenBy(List.of(id)).getOrDefault(id, List.of());
        var takenIds = new HashSet<UUID>();
        taken.forEach(t -> takenIds.add(t.courseId()));
        var bySkill = sources.courses().bySkill(school.path().regionId());
        var reasons = new LinkedHashMap<UUID, Recommendation>();
        for (var s : skills) {
            if (!s.deficit()) continue;
            String reason = messages.getMessage(
                    "people.card.reason.deficit",
                    new Object[] {s.skill(), s.instrument(), Formats.date(s.takenOn()), Formats.round(s.percent(), 0)},
                    locale);
            recommend(reasons, bySkill.getOrDefault(s.skillCode(), List.of()), takenIds, reason);
        }
        for (var low : lowInClasses(school, teacher))
            recommend(
                    reasons,
                    bySkill.getOrDefault(low.getKey(), List.of()),
                    takenIds,
                    messages.getMessage("people.card.reason.task", low.getValue(), locale));
        return new Card(school, teacher, name, classes, schoolYear, skills, taken, List.copyOf(reasons.values()));
    }

    private static void recommend(
            Map<UUID, Recommendation> reasons,
            List<CourseCatalogue.Course> courses,
            java.util.Set<UUID> taken,
            String reason) {
        for (var c : courses) {
            if (taken.contains(c.id())) continue;
            var r = reasons.computeIfAbsent(c.id(), k -> new Recommendation(c, new ArrayList<>()));
            if (!r.reasons().contains(reason)) r.reasons().add(reason);
        }
    }

    private List<Staffing.ClassOf> mine(OrgUnitRef school, int schoolYear, UUID teacher) {
        return sources
                .staffing()
                .classes(Scope.of(school.path()), schoolYear)
                .getOrDefault(school.id(), List.of())
                .stream()
                .filter(c -> c.teacherId().equals(teacher))
                .sorted(java.util.Comparator.comparing(Staffing.ClassOf::classKey))
                .toList();
    }

    /**
     * The skills with a low task in the teacher's classes at the school's latest ВПР, by skill code,
     * with the message's arguments: the skill, the class, the task, the year and the two rates.
     */
    private List<Map.Entry<String, Object[]>> lowInClasses(OrgUnitRef school, Teacher teacher) {
        var years = sources.skills().years(school.path());
        if (years.isEmpty()) return List.of();
        int year = years.getFirst();
        var classes = sources.staffing()
                .classes(Scope.of(school.path()), ClassTeachers.schoolYearOf(year))
                .getOrDefault(school.id(), List.of());
        var result = new ArrayList<Map.Entry<String, Object[]>>();
        for (SkillLine line : sources.skills().ofSchool(school.path(), year)) {
            for (var task : line.lowTasks())
                for (var c : classes) {
                    if (!c.teacherId().equals(teacher.id())
                            || !c.teaches(line.subjectCode())
                            || SchoolLoop.grade(c.classKey()) != task.grade()) continue;
                    var rate = line.classes().get(c.classKey());
                    if (rate == null || rate.percent() == null) continue;
                    result.add(Map.entry(line.skillCode(), new Object[] {
                        line.skill(),
                        line.classLabels().get(c.classKey()),
                        task.number(),
                        "" + year,
                        Formats.round(rate.percent(), 0),
                        Formats.round(line.region().percent(), 0)
                    }));
                }
        }
        return result;
    }
}
