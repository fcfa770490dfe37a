package ru.opora.people.pupils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.opora.assessments.PupilWorks;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.people.teachers.Staffing;
import ru.opora.shared.importing.TabularImport;

/**
 * The demo region's individual routes and attendance. Each school confirmed a few of its 2025
 * low achievers in mathematics and Russian and wrote them routes from their weak tasks, with an
 * activity, checkpoints and, for some, the outcome; every other school loaded the codes its pupils
 * got in 2026, so the 2026 ВПР re-measures those pupils themselves and the rest through their
 * class. Attendance of the first three quarters of 2025/26 comes as two files through the import:
 * after the first, each school confirms its absentees; after the second, the pupil who came back
 * leaves the list.
 */
@org.springframework.stereotype.Component
@ConditionalOnProperty(name = "opora.demo.enabled", havingValue = "true")
@Order(70)
class DemoRoutes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRoutes.class);
    static final int YEAR = 2025;
    private static final int ROUTES_PER_SCHOOL = 3;

    /** What the demo writes through: the same classes the pages and files use. */
    @org.springframework.stereotype.Component
    record Writers(
            PupilRoutes routes,
            RouteMeasures measures,
            PupilWorks works,
            Staffing staffing,
            JdbcClient jdbc,
            org.springframework.transaction.support.TransactionTemplate transactions) {}

    private final OrgUnits orgUnits;
    private final PupilPages.Parts parts;
    private final Writers writers;

    DemoRoutes(OrgUnits orgUnits, PupilPages.Parts parts, Writers writers) {
        this.orgUnits = orgUnits;
        this.parts = parts;
        this.writers = writers;
    }

    @Override
    public void run(ApplicationArguments args) {
        var region = orgUnits.findByCode(OrgUnitKind.REGION, "39");
        if (region.isEmpty()) return;
        boolean done = writers.jdbc()
                .sql("select exists (select 1 from people.pupil_route union all select 1 from people.attendance)")
                .query(Boolean.class)
                .single();
        var scope = Scope.of(region.get().path());
        var schools = orgUnits.inScope(OrgUnitKind.SCHOOL, scope);
        if (done || schools.isEmpty()) return;
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo",
                        null,
                        List.of(
                                new SimpleGrantedAuthority(Permission.PUPILS_EDIT.name()),
                                new SimpleGrantedAuthority(Permission.PUPILS_IMPORT.name()))));
        try {
            var map = new StringBuilder("Код ОО;Год нового кода;Прежний код;Новый код\n");
            int routes = 0;
            var unmapped = new ArrayList<UUID>();
            for (int i = 0; i < schools.size(); i++) {
                var school = schools.get(i);
                int index = i;
                // a school's decisions, routes and checkpoints in one transaction: a commit per write cost seconds
                var codes = java.util.Objects.requireNonNull(
                        writers.transactions().execute(status -> routes(school, index)));
                routes += codes.size();
                if (i % 2 == 0)
                    for (String code : codes)
                        map.append(school.code())
                                .append(';')
                                .append(YEAR + 1)
                                .append(';')
                                .append(code)
                                .append(';')
                                .append(nextYearCode(code))
                                .append('\n');
                else if (!codes.isEmpty()) unmapped.add(school.id());
            }
            load("code-map", "Коды участников 2026.csv", map, scope);
            unmapped.forEach(writers.measures()::remeasure);
            int excluded = attendance(schools, scope);
            log.info("Demo routes: {} routes; {} absentees left the list after two quarters", routes, excluded);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The demo's codes carry the grade first: the same pupil a year on is one grade up. */
    private static String nextYearCode(String code) {
        int grade = Character.getNumericValue(code.charAt(0));
        return (grade + 1) + code.substring(1);
    }

    /** Confirms the school's first 2025 low achievers in mathematics and Russian and writes their routes. */
    private List<String> routes(OrgUnitRef school, int index) {
        var rules = parts.rules().current(school.path().regionId());
        var works = writers.works().of(school.id(), YEAR);
        var eligible = new java.util.LinkedHashMap<String, Map.Entry<AtRiskSuggestions.Suggestion, PupilWorks.Work>>();
        for (var s : parts.suggestions().of(school, YEAR, rules.rules())) {
            if (s.category() != AtRiskSuggestions.Category.LOW_ACHIEVER || eligible.containsKey(s.code())) continue;
            works.stream()
                    .filter(w -> ("VPR:" + w.assessmentId()).equals(s.sourceKey())
                            && w.participantCode().equals(s.code())
                            && (w.subjectCode().equals("MA") || w.subjectCode().equals("RU"))
                            && w.grade() < 8)
                    .findFirst()
                    .ifPresent(w -> eligible.put(s.code(), Map.entry(s, w)));
        }
        var codes = new ArrayList<String>();
        // the last pupil stays for the school to confirm and write a route for itself
        var chosen = eligible.values().stream()
                .limit(Math.max(0, Math.min(ROUTES_PER_SCHOOL, eligible.size() - 1L)))
                .toList();
        if (!chosen.isEmpty())
            parts.pupils()
                    .decideAll(
                            school,
                            chosen.stream()
                                    .map(e -> new AtRiskPupils.Decision(e.getKey(), true, null))
                                    .toList(),
                            rules.number(),
                            "demo");
        for (var e : chosen) {
            var s = e.getKey();
            var work = e.getValue();
            var weak = work.tasks().stream()
                    .filter(PupilRoutes::weak)
                    .map(PupilWorks.TaskScore::number)
                    .limit(4)
                    .toList();
            var opened = writers.routes()
                    .write(
                            school,
                            s.code(),
                            work.assessmentId(),
                            weak,
                            "Ликвидировать пробелы по слабым заданиям ВПР к следующей работе: не меньше половины"
                                    + " баллов по каждому умению маршрута",
                            "demo");
            if (opened.route() == null) continue;
            fill(school, opened.route(), work.subjectCode(), index + codes.size());
            codes.add(s.code());
        }
        return codes;
    }

    /** An activity with the subject's teacher, two checkpoints (one passed) and, now and then, the outcome. */
    private void fill(OrgUnitRef school, UUID route, String subject, int n) {
        var teacher = writers.staffing().ofSchool(school.id()).stream()
                .filter(t -> t.subjects().contains(subject))
                .findFirst();
        writers.routes()
                .addActivity(
                        school,
                        route,
                        new PupilRoutes.ActivityForm(
                                n % 3 == 0 ? PupilRoutes.ActivityKind.CONSULTATION : PupilRoutes.ActivityKind.LESSONS,
                                "Дополнительные занятия по умениям маршрута, раз в неделю",
                                teacher.map(ru.opora.people.teachers.Teacher::id)
                                        .orElse(null),
                                LocalDate.of(YEAR, 9, 15),
                                LocalDate.of(YEAR, 12, 20)),
                        "demo");
        writers.routes()
                .addCheckpoint(
                        school, route, LocalDate.of(YEAR, 10, 25), "Проверочная работа по умениям маршрута", "demo");
        writers.routes().addCheckpoint(school, route, LocalDate.of(YEAR + 1, 3, 1), "Пробная ВПР", "demo");
        var first = writers.jdbc()
                .sql("select id from people.pupil_route_checkpoint where route_id = ? order by due_on limit 1")
                .param(route)
                .query(UUID.class)
                .single();
        writers.routes().recordCheckpoint(school, route, first, "Выполнено 6 из 8 заданий", true, "demo");
        if (n % 4 == 0)
            writers.routes().close(school, route, "Дефициты по умениям маршрута закрыты по итогам пробной ВПР", "demo");
    }

    /**
     * Two attendance files: the first quarter (two pupils a school miss 40 % of lessons, two a
     * little), the school confirms the absentees; then the second and third quarters, in which the
     * first absentee comes back and the second does not.
     */
    private int attendance(List<OrgUnitRef> schools, Scope scope) {
        String header = "Код ОО;Код участника;Класс;Учебный год;Четверть;Уроков по расписанию;"
                + "Пропущено без уважительной причины\n";
        var first = new StringBuilder(header);
        var later = new StringBuilder(header);
        var absentees = new ArrayList<OrgUnitRef>();
        for (OrgUnitRef school : schools) {
            var pupils = writers.works().of(school.id(), YEAR + 1).stream()
                    .filter(w -> w.subjectCode().equals("RU") && w.grade() >= 5)
                    .limit(4)
                    .toList();
            if (pupils.size() < 4) continue;
            absentees.add(school);
            int[] q1 = {40, 38, 4, 0};
            int[][] after = {{3, 2}, {35, 30}, {5, 0}, {0, 2}};
            for (int p = 0; p < 4; p++) {
                var w = pupils.get(p);
                row(first, school, w, 1, 100, q1[p]);
                row(later, school, w, 2, 80, after[p][0] * 80 / 100);
                row(later, school, w, 3, 100, after[p][1]);
            }
        }
        load("attendance", "Посещаемость 2025-26, 1 четверть.csv", first, scope);
        var rules = parts.rules().current(scope.regionId());
        for (OrgUnitRef school : absentees) {
            var decisions = parts.suggestions().of(school, 0, rules.rules()).stream()
                    .map(s -> new AtRiskPupils.Decision(s, true, null))
                    .toList();
            if (!decisions.isEmpty()) parts.pupils().decideAll(school, decisions, rules.number(), "demo");
        }
        load("attendance", "Посещаемость 2025-26, 2-3 четверти.csv", later, scope);
        return writers.jdbc()
                .sql("select count(*) from people.at_risk_pupil where state = 'EXCLUDED'")
                .query(Integer.class)
                .single();
    }

    private static void row(
            StringBuilder out, OrgUnitRef school, PupilWorks.Work w, int quarter, int lessons, int missed) {
        out.append(school.code())
                .append(';')
                .append(w.participantCode())
                .append(';')
                .append(w.classLabel())
                .append(';')
                .append(YEAR)
                .append("/")
                .append((YEAR + 1) % 100)
                .append(';')
                .append(quarter)
                .append(';')
                .append(lessons)
                .append(';')
                .append(missed)
                .append('\n');
    }

    /** Loads the generated file through the import; a file of the header alone (a demo without results) is not loaded. */
    private void load(String what, String fileName, CharSequence csv, Scope scope) {
        if (csv.toString().strip().indexOf('\n') < 0) return;
        try {
            var file = Files.createTempFile("opora-demo-", ".csv");
            try {
                Files.writeString(file, csv, StandardCharsets.UTF_8);
                var report = parts.files()
                        .load(what, new TabularImport.Upload(fileName, file, 50L * 1024 * 1024), scope, "demo");
                if (!report.ok()) throw new IllegalStateException("demo " + what + ": " + report.problems());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
