package ru.opora.coordination.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.opora.assessments.ClassTeachers;
import ru.opora.assessments.SkillRates;
import ru.opora.identification.ObjectivityConcerns;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnits;

/**
 * The finder of strong schools and teachers on a skill (§4.10): in an area's ВПР of a year, the
 * schools whose solve rate on the skill is high ({@code opora.coordination.network.min-rate}, 70 %)
 * and ahead of the region's ({@code min-lead}, 10 points), on enough works to mean something
 * ({@code min-works}, 20: a rural class of five is not a model), and without objectivity flags
 * open or confirmed — a school in doubt is never held up as a model. For each, the classes that
 * did best and their teachers, once the teachers are known.
 */
@Component
class StrongSchools {

    /** A class of a strong school that did well on the skill, with its teacher (empty when unknown). */
    record StrongClass(String label, String teacher, double rate) {}

    /** A school proposed as a consultant or a site of experience on the skill. */
    record Candidate(
            UUID schoolId,
            String school,
            String municipality,
            double rate,
            double regionRate,
            int works,
            List<StrongClass> classes) {}

    /** The thresholds, from the settings. */
    @org.springframework.stereotype.Component
    record Thresholds(
            @Value("${opora.coordination.network.min-rate:70}")
            double minRate,

            @Value("${opora.coordination.network.min-lead:10}")
            double minLead,

            @Value("${opora.coordination.network.min-works:20}")
            int minWorks) {}

    /** How many schools the finder proposes. */
    static final int MOST = 10;

    private final SkillRates rates;
    private final ObjectivityConcerns concerns;
    private final OrgUnits orgUnits;
    private final ClassTeachers teachers;
    private final Thresholds thresholds;
    private final ru.opora.coordination.doubt.SchoolsInDoubt now;

    StrongSchools(
            SkillRates rates,
            ObjectivityConcerns concerns,
            OrgUnits orgUnits,
            ClassTeachers teachers,
            Thresholds thresholds,
            ru.opora.coordination.doubt.SchoolsInDoubt now) {
        this.rates = rates;
        this.concerns = concerns;
        this.orgUnits = orgUnits;
        this.teachers = teachers;
        this.thresholds = thresholds;
        this.now = now;
    }

    Thresholds thresholds() {
        return thresholds;
    }

    /** The strong schools of the area on the subject's skill in the year's ВПР, strongest first. */
    List<Candidate> find(OrgPath area, String subject, String skill, int year) {
        // in doubt in the year looked at, or now: either way not a model
        var doubt = new java.util.HashSet<>(concerns.of(area.region(), year).keySet());
        doubt.addAll(now.of(area.region()));
        var found = new ArrayList<SkillRates.SkillLine>();
        var schools = new HashMap<SkillRates.SkillLine, UUID>();
        rates.ofSchools(area, year).forEach((school, lines) -> {
            if (doubt.contains(school)) return;
            for (var l : lines) {
                if (!l.subjectCode().equals(subject) || !l.skillCode().equals(skill) || !strong(l)) continue;
                found.add(l);
                schools.put(l, school);
            }
        });
        found.sort(Comparator.comparing((SkillRates.SkillLine l) -> -rate(l.school())));
        var top = found.subList(0, Math.min(MOST, found.size()));
        var refs = new HashMap<UUID, ru.opora.orgunits.OrgUnitRef>();
        orgUnits.byIds(top.stream().map(schools::get).toList()).forEach(o -> refs.put(o.id(), o));
        var names = new HashMap<UUID, String>();
        orgUnits.byIds(refs.values().stream()
                        .map(o -> o.path().municipalityId().orElse(o.id()))
                        .distinct()
                        .toList())
                .forEach(o -> names.put(o.id(), o.name()));
        return top.stream()
                .map(l -> {
                    var ref = refs.get(schools.get(l));
                    return new Candidate(
                            ref.id(),
                            ref.name(),
                            names.getOrDefault(ref.path().municipalityId().orElse(ref.id()), ""),
                            rate(l.school()),
                            rate(l.region()),
                            l.works(),
                            classes(ref.path(), subject, skill, year));
                })
                .toList();
    }

    private boolean strong(SkillRates.SkillLine l) {
        double rate = rate(l.school());
        return l.works() >= thresholds.minWorks()
                && rate >= thresholds.minRate()
                && rate - rate(l.region()) >= thresholds.minLead();
    }

    /** The school's classes at or above the threshold on the skill, best first, with their teachers. */
    private List<StrongClass> classes(OrgPath school, String subject, String skill, int year) {
        var line = rates.ofSchool(school, year).stream()
                .filter(l -> l.subjectCode().equals(subject) && l.skillCode().equals(skill))
                .findFirst();
        if (line.isEmpty()) return List.of();
        var byClass = teachers.of(school.unitId(), ClassTeachers.schoolYearOf(year), subject);
        var byKey = new HashMap<String, String>();
        byClass.forEach((label, name) -> byKey.put(ClassTeachers.classKey(label), name));
        var result = new ArrayList<StrongClass>();
        line.get().classes().forEach((key, rate) -> {
            double r = rate(rate);
            if (r >= thresholds.minRate())
                result.add(new StrongClass(
                        line.get().classLabels().getOrDefault(key, key), byKey.getOrDefault(key, ""), r));
        });
        result.sort(Comparator.comparing((StrongClass c) -> -c.rate()));
        return result;
    }

    private static double rate(SkillRates.Rate r) {
        var p = r.percent();
        return p == null ? 0 : p;
    }
}
