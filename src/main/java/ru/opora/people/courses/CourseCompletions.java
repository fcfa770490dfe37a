package ru.opora.people.courses;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.people.teachers.Staffing;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.importing.UniqueKeys;

/**
 * Teachers' completed КПК courses from a file, all or nothing: the teacher one of the school's, the
 * course's hours a number, the end not before the start, a completion once per file. A course
 * unknown to the region's catalogue (by provider and title) enters it.
 */
@Component
public class CourseCompletions {

    static final Column SCHOOL = Column.required("Код ОО");
    static final Column TEACHER = Column.required("Учитель", "ФИО", "Педагог");
    static final Column PROVIDER = Column.required("Организация", "Поставщик", "Кто проводит");
    static final Column TITLE = Column.required("Курс", "Программа", "Название программы");
    static final Column HOURS = Column.required("Часы", "Объём, ч");
    static final Column FORMAT = Column.optional("Форма", "Формат");
    static final Column STARTED = Column.required("Начало", "Дата начала");
    /** Empty for an enrolment: the teacher is on the course and has not finished it. */
    static final Column COMPLETED = Column.optional("Окончание", "Дата окончания");

    static final Column CERTIFICATE = Column.optional("Номер удостоверения", "Удостоверение");
    static final Column SKILLS = Column.optional("Коды умений", "Адресует умения");
    public static final List<Column> COLUMNS =
            List.of(SCHOOL, TEACHER, PROVIDER, TITLE, HOURS, FORMAT, STARTED, COMPLETED, CERTIFICATE, SKILLS);

    private record Entry(
            OrgUnitRef school,
            UUID teacher,
            String provider,
            String title,
            int hours,
            String format,
            LocalDate started,
            @Nullable LocalDate completed,
            String certificate,
            List<String> skills) {}

    private final JdbcClient jdbc;
    private final Staffing staffing;
    private final OrgUnits orgUnits;
    private final AuditLog audit;

    CourseCompletions(JdbcClient jdbc, Staffing staffing, OrgUnits orgUnits, AuditLog audit) {
        this.jdbc = jdbc;
        this.staffing = staffing;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    @RequiresPermission(Permission.PEOPLE_EDIT)
    @Transactional
    public ImportReport load(TabularImport.Upload upload, Scope scope, String actor) {
        var schools = orgUnits.schoolsByCode(scope);
        var names = new HashMap<UUID, Map<String, UUID>>();
        var seen = new UniqueKeys("PPL-E008");
        var reading = TabularImport.read(upload, COLUMNS, row -> {
            OrgUnitRef school = row.reference(SCHOOL, schools);
            String teacherName = row.text(TEACHER, 200);
            UUID teacher = null;
            if (school != null && teacherName != null) {
                teacher = staffing.byName(names, school.id(), teacherName);
                if (teacher == null) row.problem("PPL-E006", TEACHER, teacherName, school.code());
            }
            String provider = row.text(PROVIDER, 300);
            String title = row.text(TITLE, 500);
            Integer hours = row.integer(HOURS, 1, 2000);
            String format =
                    row.choice(FORMAT, CourseCompletions::format, "PPL-E009", "очная, дистанционная, смешанная");
            LocalDate started = row.date(STARTED);
            LocalDate completed = row.date(COMPLETED);
            if (started != null && completed != null && completed.isBefore(started))
                row.problem("PPL-E007", COMPLETED, row.text(COMPLETED), row.text(STARTED));
            String certificate = row.text(CERTIFICATE, 100);
            if (title != null) seen.add(row, TITLE, row.text(SCHOOL) + " " + teacherName + " " + title + " " + started);
            if (!row.ok()
                    || school == null
                    || teacher == null
                    || provider == null
                    || title == null
                    || hours == null
                    || started == null) return null;
            return new Entry(
                    school,
                    teacher,
                    provider,
                    title,
                    hours,
                    format == null ? "IN_PERSON" : format,
                    started,
                    completed,
                    certificate == null ? "" : certificate,
                    CourseCatalogue.skills(row.text(SKILLS)));
        });
        var report = reading.commit(rows -> ImportReport.Tally.sum(rows, e -> write(e, scope.regionId(), actor)));
        audit.recordImport(actor, "COURSE_COMPLETIONS", report);
        return report;
    }

    private ImportReport.Tally write(Entry e, UUID regionId, String actor) {
        UUID course = jdbc.sql("""
                        insert into people.course (id, region_id, provider, title, hours, format, created_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (region_id, lower(provider), lower(title)) do update set hours = excluded.hours
                        returning id""")
                .params(UUID.randomUUID(), regionId, e.provider(), e.title(), e.hours(), e.format(), actor)
                .query(UUID.class)
                .single();
        for (String skill : e.skills())
            jdbc.sql("insert into people.course_skill (course_id, skill_code) values (?, ?) on conflict do nothing")
                    .params(course, skill)
                    .update();
        return ImportReport.Tally.ofUpsert(jdbc.sql("""
                        insert into people.course_completion (course_id, teacher_id, school_id, school_path, started_on,
                            completed_on, certificate_no, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (course_id, teacher_id, started_on) do update set completed_on = excluded.completed_on,
                            certificate_no = excluded.certificate_no, updated_by = excluded.updated_by, updated_at = now()
                        where (course_completion.completed_on, course_completion.certificate_no)
                            is distinct from (excluded.completed_on, excluded.certificate_no)
                        returning xmax = 0""")
                .params(
                        course,
                        e.teacher(),
                        e.school().id(),
                        e.school().path().value(),
                        e.started(),
                        e.completed(),
                        e.certificate(),
                        actor)
                .query(Boolean.class)
                .optional());
    }

    /** A completion Opora writes itself (the demo region): the school's teacher by name, the course by provider and title. */
    public void record(
            OrgUnitRef school,
            String teacherName,
            Course course,
            LocalDate started,
            @Nullable LocalDate completed,
            String actor) {
        UUID teacher = staffing.byName(new HashMap<>(), school.id(), teacherName);
        if (teacher == null) return;
        write(
                new Entry(
                        school,
                        teacher,
                        course.provider(),
                        course.title(),
                        course.hours(),
                        "MIXED",
                        started,
                        completed,
                        completed == null
                                ? ""
                                : "ПК-" + completed.getYear() + "-" + Math.abs(teacher.hashCode() % 100000),
                        course.skills()),
                school.path().regionId(),
                actor);
    }

    /** What the school page's form sends: a teacher of the school, a course of the catalogue, the dates. */
    public record Form(
            @Nullable UUID teacher,
            @Nullable UUID course,
            @Nullable LocalDate started,
            @Nullable LocalDate completed,
            @Nullable String certificate) {}

    /**
     * Records an enrolment (no end date) or a completion from the form; the message keys of what is
     * wrong, or none when saved.
     */
    @RequiresPermission(Permission.PEOPLE_EDIT)
    @Transactional
    public List<String> save(OrgUnitRef school, Form form, String actor) {
        var problems = new java.util.ArrayList<String>();
        if (!staffing.worksAt(school.id(), form.teacher())) problems.add("people.courseForm.teacher");
        var course = form.course() == null
                ? java.util.Optional.<Course>empty()
                : jdbc.sql("select provider, title, hours from people.course where id = ? and region_id = ?")
                        .params(form.course(), school.path().regionId())
                        .query((rs, n) -> new Course(rs.getString(1), rs.getString(2), rs.getInt(3), List.of()))
                        .optional();
        if (course.isEmpty()) problems.add("people.courseForm.course");
        if (form.started() == null) problems.add("people.courseForm.started");
        else if (form.completed() != null && form.completed().isBefore(form.started()))
            problems.add("people.courseForm.order");
        if (!problems.isEmpty()) return problems;
        String certificate =
                form.certificate() == null ? "" : form.certificate().strip();
        var c = course.orElseThrow();
        write(
                new Entry(
                        school,
                        java.util.Objects.requireNonNull(form.teacher()),
                        c.provider(),
                        c.title(),
                        c.hours(),
                        "IN_PERSON",
                        java.util.Objects.requireNonNull(form.started()),
                        form.completed(),
                        certificate.length() > 100 ? certificate.substring(0, 100) : certificate,
                        List.of()),
                school.path().regionId(),
                actor);
        audited(school, form, c.title(), certificate, actor);
        return List.of();
    }

    private void audited(OrgUnitRef school, Form form, String course, String certificate, String actor) {
        var after = new HashMap<String, Object>();
        after.put("course", course);
        after.put("started", String.valueOf(form.started()));
        after.put("completed", form.completed() == null ? "" : form.completed().toString());
        after.put("certificate", certificate);
        audit.record(new AuditLog.Change(
                actor,
                school.path(),
                "COURSE_COMPLETION",
                String.valueOf(form.teacher()),
                school.name(),
                "CREATE",
                null,
                after));
    }

    /** A course as the catalogue knows it. */
    public record Course(String provider, String title, int hours, List<String> skills) {}

    /** Per school of the scope: how many of its teachers completed a course that ended in the year. */
    public Map<UUID, Integer> trained(Scope scope, int year) {
        var trained = new HashMap<UUID, Integer>();
        if (scope.isEmpty()) return trained;
        jdbc.sql(
                        "select school_id, count(distinct teacher_id) from people.course_completion where extract(year from completed_on) = ? and ("
                                + scope.sqlCondition("school_path") + ") group by school_id")
                .params(year)
                .query(rs -> {
                    trained.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return trained;
    }

    /** A completed course of a school's teacher. */
    public record Completion(
            UUID teacherId,
            String course,
            String provider,
            int hours,
            LocalDate started,
            @Nullable LocalDate completed,
            String certificate) {}

    /** The school's completions, newest first. */
    public List<Completion> ofSchool(UUID schoolId) {
        return jdbc.sql("""
                        select k.teacher_id, c.title, c.provider, c.hours, k.started_on, k.completed_on, k.certificate_no
                        from people.course_completion k join people.course c on c.id = k.course_id
                        where k.school_id = ? order by k.completed_on desc nulls first, c.title""")
                .param(schoolId)
                .query((rs, n) -> new Completion(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7)))
                .list();
    }

    static Optional<String> format(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "очная", "очно" -> Optional.of("IN_PERSON");
            case "дистанционная", "дистанционно", "заочная" -> Optional.of("REMOTE");
            case "смешанная", "очно-заочная", "очно-дистанционная" -> Optional.of("MIXED");
            default -> Optional.empty();
        };
    }
}
