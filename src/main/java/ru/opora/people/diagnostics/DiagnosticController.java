package ru.opora.people.diagnostics;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.people.teachers.Subjects;
import ru.opora.shared.Formats;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/**
 * {@code /people/diagnostics}: what the teachers' diagnostics found across the scope — by skill (with
 * a chart of the most frequent deficits), by municipality and by school — each table to Excel.
 */
@Controller
class DiagnosticController {

    /** A school's or a municipality's teachers diagnosed, with a deficit, and its deficits. */
    record Line(OrgUnitRef unit, int diagnosed, int withDeficit, int deficits) {

        public double share() {
            return diagnosed == 0 ? 0 : Formats.round(100.0 * withDeficit / diagnosed, 1);
        }
    }

    record Page(
            List<Deficits.SkillCount> skills,
            List<Deficits.SubjectCount> subjects,
            List<Line> municipalities,
            List<Line> schools) {

        /** The twelve most frequent deficits, as the share of the teachers diagnosed in the skill. */
        public ru.opora.shared.Chart chart(Subjects subjects) {
            var top = skills.stream().limit(12).toList();
            return ru.opora.shared.Chart.bars(
                            top.stream()
                                    .map(s -> subjects.name(s.subjectCode()) + ": "
                                            + (s.skill().length() > 40
                                                    ? s.skill().substring(0, 39) + "…"
                                                    : s.skill()))
                                    .toList(),
                            List.of(ru.opora.shared.Chart.Dataset.of(
                                            "%",
                                            top.stream().map(s -> s.share()).toList(), 1)
                                    .colour("#c0392b")))
                    .percent()
                    .horizontal();
        }
    }

    private final Deficits deficits;
    private final OrgUnits orgUnits;
    private final Subjects subjects;
    private final MessageSource messages;
    private final Clock clock;

    DiagnosticController(Deficits deficits, OrgUnits orgUnits, Subjects subjects, MessageSource messages, Clock clock) {
        this.deficits = deficits;
        this.orgUnits = orgUnits;
        this.subjects = subjects;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/people/diagnostics")
    String page(Scope scope, Model model) {
        model.addAttribute("page", page(scope));
        model.addAttribute("subjects", subjects);
        return "people/diagnostics";
    }

    @GetMapping("/people/diagnostics/export")
    void export(
            @RequestParam(defaultValue = "skills") String table,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        XlsxTableWriter.download(response, "deficits.xlsx", table(page(scope), table, locale));
    }

    Page page(Scope scope) {
        var today = LocalDate.now(clock);
        var schools = new ArrayList<Line>();
        var municipalities = new HashMap<UUID, int[]>();
        var counts = new HashMap<UUID, Deficits.SchoolCount>();
        deficits.bySchool(scope, today).forEach(c -> counts.put(c.schoolId(), c));
        for (OrgUnitRef s : orgUnits.inScope(OrgUnitKind.SCHOOL, scope)) {
            var c = counts.get(s.id());
            if (c == null) continue;
            schools.add(new Line(s, c.diagnosed(), c.withDeficit(), c.deficits()));
            s.path().municipalityId().ifPresent(m -> {
                int[] sum = municipalities.computeIfAbsent(m, k -> new int[3]);
                sum[0] += c.diagnosed();
                sum[1] += c.withDeficit();
                sum[2] += c.deficits();
            });
        }
        var byMunicipality = new ArrayList<Line>();
        for (OrgUnitRef m : orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope)) {
            int[] sum = municipalities.get(m.id());
            if (sum != null) byMunicipality.add(new Line(m, sum[0], sum[1], sum[2]));
        }
        return new Page(deficits.bySkill(scope, today), deficits.bySubject(scope, today), byMunicipality, schools);
    }

    private Table table(Page page, String which, Locale locale) {
        var rows = new ArrayList<List<?>>();
        switch (which) {
            case "skills" ->
                page.skills()
                        .forEach(s -> rows.add(Arrays.asList(
                                subjects.name(s.subjectCode()),
                                s.skill(),
                                s.diagnosed(),
                                s.withDeficit(),
                                Formats.round(s.share(), 1))));
            case "subjects" ->
                page.subjects()
                        .forEach(s -> rows.add(Arrays.asList(
                                subjects.name(s.subjectCode()),
                                s.diagnosed(),
                                s.withDeficit(),
                                s.share(),
                                s.deficits())));
            case "schools", "municipalities" ->
                (which.equals("schools") ? page.schools() : page.municipalities())
                        .forEach(l -> rows.add(Arrays.asList(
                                l.unit().name(), l.diagnosed(), l.withDeficit(), l.share(), l.deficits())));
            default -> throw new NotFound();
        }
        return new Table(msg("people.diag.title", locale), headers(which, locale), rows);
    }

    private List<String> headers(String which, Locale locale) {
        String first = switch (which) {
            case "skills", "subjects" -> "people.subject";
            case "municipalities" -> "people.municipality";
            default -> "people.school";
        };
        var keys = which.equals("skills")
                ? List.of(
                        first,
                        "people.loop.skill",
                        "people.diag.diagnosed",
                        "people.diag.withDeficit",
                        "people.diag.share")
                : List.of(
                        first,
                        "people.diag.diagnosed",
                        "people.diag.withDeficit",
                        "people.diag.share",
                        "people.diag.deficits");
        return keys.stream().map(k -> msg(k, locale)).toList();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
