package ru.opora.assessments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.assessments.analysis.LowTaskRules;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.catalogue.Task;
import ru.opora.assessments.results.Aggregates;
import ru.opora.assessments.results.LowTaskRule;
import ru.opora.assessments.results.ResultAggregate;
import ru.opora.orgunits.OrgPath;

/**
 * A year's ВПР seen by skill rather than by task: for each skill a school's tasks check, the points
 * scored over the points possible at the school, in each of its classes and in the region, and
 * which of its tasks fell below the region's low-solve-rate rule. The teacher-development loop reads
 * it to follow a weak skill from one year's ВПР to the next.
 *
 * <p>A task is found by its skill code; a catalogue without codes is followed by the skill's
 * wording, and a task with neither is left out (nothing could link it to a teacher's deficit).
 */
@Component
public class SkillRates {

    /** Points scored and points possible: a solve rate that adds up across tasks, grades and classes. */
    public record Rate(long points, long possible) {

        public static final Rate NONE = new Rate(0, 0);

        public Rate plus(Rate other) {
            return new Rate(points + other.points, possible + other.possible);
        }

        /** The solve rate in per cent, or null when nothing was written. */
        public @Nullable Double percent() {
            return possible == 0 ? null : 100.0 * points / possible;
        }
    }

    /** A task of the skill below the rule: its grade, number and rates at the school and in the region. */
    public record LowTask(int grade, String number, double rate, double regionRate) {}

    /**
     * One skill of a subject in a school's ВПР of a year.
     *
     * @param classes the rate in each class, by {@link ClassTeachers#classKey(String)}; empty when not asked
     * @param classLabels the classes as the results write them, by the same key
     * @param works the school's works of the assessments (grades) whose tasks check the skill
     */
    public record SkillLine(
            String subjectCode,
            String subjectName,
            String skillCode,
            String skill,
            Rate school,
            Rate region,
            List<LowTask> lowTasks,
            Map<String, Rate> classes,
            Map<String, String> classLabels,
            int works) {

        public boolean low() {
            return !lowTasks.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final Aggregates aggregates;
    private final LowTaskRules rules;

    SkillRates(JdbcClient jdbc, Catalogue catalogue, Aggregates aggregates, LowTaskRules rules) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.aggregates = aggregates;
        this.rules = rules;
    }

    /** The school's skills in the year's ВПР, every subject, with each class's rates. */
    public List<SkillLine> ofSchool(OrgPath school, int year) {
        LowTaskRule rule = rules.forPath(school).rule();
        var sheet = new Sheet();
        for (UUID id : vprWith(school, year)) {
            Assessment a = catalogue.find(id).orElseThrow();
            var classes = aggregates.classes(a, school.unitId(), new boolean[] {true, true});
            sheet.add(
                    a,
                    aggregate(a, school.unitId(), school.regionId()),
                    aggregate(a, school.regionId(), school.regionId()),
                    rule,
                    classes);
        }
        return sheet.lines();
    }

    /** Every school's skills in the area in the year's ВПР (no classes), by school id: one read per assessment. */
    public Map<UUID, List<SkillLine>> ofSchools(OrgPath area, int year) {
        LowTaskRule rule = rules.forPath(area).rule();
        var sheets = new HashMap<UUID, Sheet>();
        for (UUID id : vprWith(area, year)) {
            Assessment a = catalogue.find(id).orElseThrow();
            var region = aggregate(a, area.regionId(), area.regionId());
            var bySchool = new LinkedHashMap<UUID, ResultAggregate>();
            jdbc.sql("""
                            select org_unit_id, participants, primary_sum, marks, histogram, task_sums, journal
                            from assessments.result_aggregate where year = ? and region_id = ? and assessment_id = ?
                                and org_level = 3 and class_label = '' and org_path like ?""")
                    .params(a.year(), area.regionId(), id, area.likePattern())
                    .query(rs -> {
                        var row = Aggregates.read(rs);
                        bySchool.merge(rs.getObject("org_unit_id", UUID.class), row, (x, y) -> {
                            x.addAll(y);
                            return x;
                        });
                    });
            bySchool.forEach((school, aggregate) ->
                    sheets.computeIfAbsent(school, k -> new Sheet()).add(a, aggregate, region, rule, Map.of()));
        }
        var result = new HashMap<UUID, List<SkillLine>>();
        sheets.forEach((school, sheet) -> result.put(school, sheet.lines()));
        return result;
    }

    /** The years with ВПР results of an org unit, newest first; the region chooses the partitions when planned. */
    public List<Integer> years(OrgPath unit) {
        return jdbc.sql("""
                        select distinct a.year from assessments.assessment a where a.kind = 'VPR'
                            and exists (select 1 from assessments.result_aggregate r where r.region_id = %s
                                and r.assessment_id = a.id and r.org_unit_id = ? and r.class_label = '')
                        order by 1 desc""".formatted(SchoolResults.partitionKey(unit.regionId())))
                .params(unit.unitId())
                .query((rs, n) -> rs.getInt(1))
                .list();
    }

    /** The subjects of the catalogue's ВПР, by code, with their names. */
    public Map<String, String> subjects() {
        var result = new java.util.TreeMap<String, String>();
        jdbc.sql("select distinct subject_code, subject_name from assessments.assessment where kind = 'VPR'")
                .query(rs -> {
                    result.putIfAbsent(rs.getString(1), rs.getString(2));
                });
        return result;
    }

    /** The skills the catalogue's ВПР of a subject check, by code, with their wording. */
    public Map<String, String> skillsOf(String subjectCode) {
        var result = new java.util.TreeMap<String, String>();
        jdbc.sql("""
                        select distinct t.skill_code, t.skill from assessments.task t join assessments.assessment a
                            on a.id = t.assessment_id
                        where a.kind = 'VPR' and a.subject_code = ? and t.skill_code is not null and t.skill is not null""").param(subjectCode).query(rs -> {
            result.putIfAbsent(rs.getString(1), rs.getString(2));
        });
        return result;
    }

    private List<UUID> vprWith(OrgPath unit, int year) {
        return jdbc.sql("""
                        select a.id from assessments.assessment a where a.kind = 'VPR' and a.year = ?
                            and exists (select 1 from assessments.result_aggregate r where r.year = ?
                                and r.region_id = ? and r.assessment_id = a.id and r.org_unit_id = ? and r.class_label = '')
                        order by a.subject_code, a.grade""")
                .params(year, year, unit.regionId(), unit.unitId())
                .query((rs, n) -> java.util.Objects.requireNonNull(rs.getObject(1, UUID.class)))
                .list();
    }

    /** An org unit's aggregate, both ОВЗ groups; the partition keys (year, region) named, so one partition is planned. */
    private ResultAggregate aggregate(Assessment a, UUID unitId, UUID regionId) {
        var sum = new ResultAggregate(a.tasks().size(), a.maxPrimaryScore());
        jdbc.sql("""
                        select participants, primary_sum, marks, histogram, task_sums, journal
                        from assessments.result_aggregate where year = ? and region_id = ? and assessment_id = ?
                            and org_unit_id = ? and class_label = ''""").params(a.year(), regionId, a.id(), unitId).query(rs -> {
            sum.addAll(Aggregates.read(rs));
        });
        return sum;
    }

    /** The skills of one school's (or one area's) assessments, added up task by task. */
    private static final class Sheet {

        private final Map<String, Builder> skills = new LinkedHashMap<>();

        void add(
                Assessment a,
                ResultAggregate school,
                ResultAggregate region,
                LowTaskRule rule,
                Map<String, ResultAggregate> classes) {
            var touched = new java.util.HashSet<Builder>();
            for (Task t : a.tasks()) {
                String code = t.skillCode() != null ? t.skillCode() : t.skill();
                if (code == null || school.participants() == 0) continue;
                var b = skills.computeIfAbsent(
                        a.subjectCode() + "|" + code,
                        k -> new Builder(a.subjectCode(), a.subjectName(), code, t.skill() == null ? code : t.skill()));
                if (touched.add(b)) b.works += school.participants();
                b.school = b.school.plus(rate(school, t));
                b.region = b.region.plus(rate(region, t));
                double rate = school.solveRate(t.position(), t.maxScore());
                double regionRate = region.solveRate(t.position(), t.maxScore());
                if (rule.counts(school.participants()) && rule.isLow(rate, regionRate))
                    b.low.add(new LowTask(a.grade(), t.number(), rate, regionRate));
                classes.forEach((label, aggregate) -> {
                    String key = ClassTeachers.classKey(label);
                    b.classes.merge(key, rate(aggregate, t), Rate::plus);
                    b.labels.put(key, label);
                });
            }
        }

        private static Rate rate(ResultAggregate a, Task t) {
            return new Rate(a.taskSums()[t.position()], (long) a.participants() * t.maxScore());
        }

        List<SkillLine> lines() {
            return skills.values().stream().map(Builder::line).toList();
        }
    }

    private static final class Builder {
        final String subject;
        final String subjectName;
        final String code;
        final String skill;
        Rate school = Rate.NONE;
        Rate region = Rate.NONE;
        int works;
        final List<LowTask> low = new ArrayList<>();
        final Map<String, Rate> classes = new java.util.TreeMap<>();
        final Map<String, String> labels = new HashMap<>();

        Builder(String subject, String subjectName, String code, String skill) {
            this.subject = subject;
            this.subjectName = subjectName;
            this.code = code;
            this.skill = skill;
        }

        SkillLine line() {
            return new SkillLine(
                    subject, subjectName, code, skill, school, region, List.copyOf(low), classes, labels, works);
        }
    }
}
