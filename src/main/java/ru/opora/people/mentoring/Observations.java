package ru.opora.people.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgUnitRef;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lesson observations of a school — for mentoring, a mutual visit (взаимопосещение) or the
 * administration's — scored criterion by criterion by the region's protocol in force that day.
 */
@Component
public class Observations {

    public enum Purpose {
        MENTORING,
        MUTUAL_VISIT,
        ADMINISTRATIVE
    }

    public record Observation(
            UUID id,
            UUID observerId,
            UUID teacherId,
            @Nullable UUID pairId,
            Purpose purpose,
            String classLabel,
            String subjectCode,
            LocalDate observedOn,
            int protocolVersion,
            List<ObservationProtocols.Criterion> criteria,
            List<Integer> scores,
            String comments) {

        public int total() {
            return scores.stream().mapToInt(Integer::intValue).sum();
        }

        public double percent() {
            int max = criteria.stream()
                    .mapToInt(ObservationProtocols.Criterion::max)
                    .sum();
            return max == 0 ? 0 : ru.opora.shared.Formats.round(100.0 * total() / max, 1);
        }
    }

    /** What the observation form sends: the scores by criterion code. */
    public record ObservationForm(
            @Nullable UUID observer,
            @Nullable UUID teacher,
            @Nullable Purpose purpose,
            @Nullable String classLabel,
            @Nullable String subject,
            @Nullable LocalDate observedOn,
            Map<String, String> scores,
            @Nullable String comments) {}

    private final JdbcClient jdbc;
    private final ObservationProtocols protocols;
    private final JsonMapper json;
    private final AuditLog audit;

    private final ru.opora.people.teachers.Staffing staffing;

    Observations(
            JdbcClient jdbc,
            ObservationProtocols protocols,
            JsonMapper json,
            AuditLog audit,
            ru.opora.people.teachers.Staffing staffing) {
        this.staffing = staffing;
        this.jdbc = jdbc;
        this.protocols = protocols;
        this.json = json;
        this.audit = audit;
    }

    /** Records an observation; the messages' keys and arguments of what is wrong, or none. */
    @RequiresPermission(Permission.PEOPLE_EDIT)
    @Transactional
    public List<Problem> record(OrgUnitRef school, ObservationForm f, @Nullable UUID pair, String actor) {
        var protocol = protocols.current(school.path().regionId());
        var scores = new ArrayList<Integer>();
        var problems = check(school, f, protocol, scores);
        if (!problems.isEmpty()) return problems;
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into people.lesson_observation (id, school_id, school_path, observer_id, teacher_id, pair_id,
                            purpose, class_label, subject_code, observed_on, protocol_version, criteria, scores, comments,
                            created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(
                        id,
                        school.id(),
                        school.path().value(),
                        f.observer(),
                        f.teacher(),
                        pair,
                        f.purpose().name(),
                        ru.opora.assessments.ClassTeachers.classKey(f.classLabel()),
                        f.subject().strip(),
                        f.observedOn(),
                        protocol.version(),
                        json.writeValueAsString(protocol.criteria()),
                        scores.stream().map(Integer::shortValue).toArray(Short[]::new),
                        f.comments() == null ? "" : f.comments().strip(),
                        actor)
                .update();
        var after = new HashMap<String, Object>();
        after.put("purpose", f.purpose().name());
        after.put("class", f.classLabel().strip());
        after.put("date", f.observedOn().toString());
        after.put("scores", scores.toString());
        audit.record(new AuditLog.Change(
                actor, school.path(), "LESSON_OBSERVATION", id.toString(), school.name(), "CREATE", null, after));
        return List.of();
    }

    /** What is wrong with the form; the scores, by the protocol's criteria, go into {@code scores}. */
    private List<Problem> check(
            OrgUnitRef school, ObservationForm f, ObservationProtocols.Protocol protocol, List<Integer> scores) {
        var problems = new ArrayList<Problem>();
        if (!teaches(school, f.observer()) || !teaches(school, f.teacher()))
            problems.add(new Problem("people.observation.teachers"));
        else if (f.observer().equals(f.teacher())) problems.add(new Problem("people.observation.same"));
        if (f.purpose() == null) problems.add(new Problem("people.observation.purpose"));
        if (f.classLabel() == null
                || f.classLabel().isBlank()
                || f.classLabel().strip().length() > 10) problems.add(new Problem("people.observation.class"));
        if (f.subject() == null || f.subject().isBlank()) problems.add(new Problem("people.observation.subject"));
        if (f.observedOn() == null) problems.add(new Problem("people.observation.date"));
        for (var c : protocol.criteria()) {
            Integer score = ru.opora.shared.importing.Row.parseInteger(
                    f.scores().getOrDefault(c.code(), "").strip());
            if (score == null || score < 0 || score > c.max())
                problems.add(new Problem("people.observation.score", c.name(), c.max()));
            scores.add(score == null ? 0 : score);
        }
        return problems;
    }

    /** A problem of the form: a message key and its arguments. */
    public record Problem(String key, Object... args) {}

    /** The school's observations, newest first. */
    public List<Observation> ofSchool(UUID schoolId) {
        return jdbc.sql("""
                        select id, observer_id, teacher_id, pair_id, purpose, class_label, subject_code, observed_on,
                            protocol_version, criteria::text, scores, comments from people.lesson_observation
                        where school_id = ? order by observed_on desc, created_at desc""")
                .param(schoolId)
                .query((rs, n) -> {
                    var scores = new ArrayList<Integer>();
                    for (Object s : (Object[]) rs.getArray(11).getArray()) scores.add(((Number) s).intValue());
                    return new Observation(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class),
                            rs.getObject(4, UUID.class),
                            Purpose.valueOf(rs.getString(5)),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getObject(8, LocalDate.class),
                            rs.getInt(9),
                            List.of(json.readValue(rs.getString(10), ObservationProtocols.Criterion[].class)),
                            scores,
                            rs.getString(12));
                })
                .list();
    }

    private boolean teaches(OrgUnitRef school, @Nullable UUID teacher) {
        return staffing.worksAt(school.id(), teacher);
    }
}
