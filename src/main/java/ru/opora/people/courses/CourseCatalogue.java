package ru.opora.people.courses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.importing.UniqueKeys;

/**
 * The region's catalogue of КПК courses: provider, title, hours, format, what the course is about
 * in words and the skills it addresses by code — the codes a diagnostic's deficits and a ВПР task's
 * skill carry, which is how a course is recommended to a teacher.
 */
@Component
public class CourseCatalogue {

    static final Column PROVIDER = Column.required("Организация", "Поставщик", "Кто проводит");
    static final Column TITLE = Column.required("Курс", "Программа", "Название программы");
    static final Column HOURS = Column.required("Часы", "Объём, ч");
    static final Column FORMAT = Column.optional("Форма", "Формат");
    static final Column SKILLS = Column.optional("Коды умений", "Адресует умения");
    static final Column ABOUT = Column.optional("Описание", "Тема", "Дефициты");
    public static final List<Column> COLUMNS = List.of(PROVIDER, TITLE, HOURS, FORMAT, SKILLS, ABOUT);

    /** A course of the catalogue. */
    public record Course(
            UUID id, String provider, String title, int hours, String format, String about, List<String> skills) {}

    /** A teacher's course: completed, or only begun (an enrolment) when {@code completed} is null. */
    public record Taken(
            UUID teacherId,
            UUID courseId,
            String title,
            LocalDate started,
            @Nullable LocalDate completed) {}

    private record Entry(String provider, String title, int hours, String format, String about, List<String> skills) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    CourseCatalogue(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @RequiresPermission(Permission.PEOPLE_EDIT)
    @Transactional
    public ImportReport load(TabularImport.Upload upload, Scope scope, String actor) {
        if (!scope.isRegionWide())
            return ImportReport.refused(
                    upload.fileName(), ru.opora.shared.importing.ImportProblem.ofFile("PPL-E019", ""));
        var seen = new UniqueKeys("PPL-E018");
        var reading = TabularImport.read(upload, COLUMNS, row -> {
            String provider = row.text(PROVIDER, 300);
            String title = row.text(TITLE, 500);
            Integer hours = row.integer(HOURS, 1, 2000);
            String format =
                    row.choice(FORMAT, CourseCompletions::format, "PPL-E009", "очная, дистанционная, смешанная");
            String about = row.text(ABOUT, 2000);
            if (provider != null && title != null) seen.add(row, TITLE, provider + " " + title);
            if (!row.ok() || provider == null || title == null || hours == null) return null;
            return new Entry(
                    provider,
                    title,
                    hours,
                    format == null ? "IN_PERSON" : format,
                    about == null ? "" : about,
                    skills(row.text(SKILLS)));
        });
        var report = reading.commit(rows -> ImportReport.Tally.sum(rows, e -> save(e, scope.regionId(), actor)));
        audit.recordImport(actor, "COURSE_CATALOGUE", report);
        return report;
    }

    /** A course Opora writes itself (the demo region), with what it is about. */
    public void add(UUID regionId, CourseCompletions.Course course, String about, String actor) {
        save(
                new Entry(course.provider(), course.title(), course.hours(), "MIXED", about, course.skills()),
                regionId,
                actor);
    }

    private ImportReport.Tally save(Entry e, UUID regionId, String actor) {
        var inserted = jdbc.sql("""
                        insert into people.course (id, region_id, provider, title, hours, format, addresses, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (region_id, lower(provider), lower(title)) do update set hours = excluded.hours,
                            format = excluded.format, addresses = excluded.addresses
                        returning id, xmax = 0""")
                .params(UUID.randomUUID(), regionId, e.provider(), e.title(), e.hours(), e.format(), e.about(), actor)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getBoolean(2)))
                .single();
        jdbc.sql("delete from people.course_skill where course_id = ?")
                .param(inserted.getKey())
                .update();
        for (String skill : e.skills())
            jdbc.sql("insert into people.course_skill (course_id, skill_code) values (?, ?) on conflict do nothing")
                    .params(inserted.getKey(), skill)
                    .update();
        return inserted.getValue() ? new ImportReport.Tally(1, 0, 0) : new ImportReport.Tally(0, 1, 0);
    }

    /** The region's courses, by title. */
    public List<Course> all(UUID regionId) {
        var skills = new HashMap<UUID, List<String>>();
        jdbc.sql("""
                        select s.course_id, s.skill_code from people.course_skill s join people.course c on c.id = s.course_id
                        where c.region_id = ? order by s.skill_code""").param(regionId).query(rs -> {
            skills.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(rs.getString(2));
        });
        return jdbc.sql("""
                        select id, provider, title, hours, format, addresses from people.course where region_id = ?
                        order by title, provider""")
                .param(regionId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Course(
                            id,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getString(5),
                            rs.getString(6),
                            skills.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** The region's courses that address each skill code. */
    public Map<String, List<Course>> bySkill(UUID regionId) {
        var result = new LinkedHashMap<String, List<Course>>();
        for (Course c : all(regionId))
            for (String skill : c.skills())
                result.computeIfAbsent(skill, k -> new ArrayList<>()).add(c);
        return result;
    }

    /** The teachers' courses, completed and begun, by teacher. */
    public Map<UUID, List<Taken>> takenBy(Collection<UUID> teachers) {
        var result = new HashMap<UUID, List<Taken>>();
        if (teachers.isEmpty()) return result;
        jdbc.sql("""
                        select k.teacher_id, k.course_id, c.title, k.started_on, k.completed_on
                        from people.course_completion k join people.course c on c.id = k.course_id
                        where k.teacher_id = any(?) order by k.started_on""")
                .param(teachers.toArray(UUID[]::new))
                .query((rs, n) -> new Taken(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .list()
                .forEach(t -> result.computeIfAbsent(t.teacherId(), k -> new ArrayList<>())
                        .add(t));
        return result;
    }

    /** Skill codes as a file writes them: «MA.3, MA.4; MA.7». */
    static List<String> skills(String text) {
        return Arrays.stream(text.split("[,;\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
