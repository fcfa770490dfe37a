package ru.opora.support.cohort;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;
import tools.jackson.databind.json.JsonMapper;

/** The cohorts: creation from the ШНОР statuses, the cycle calendar, and every school's progress through it. */
@Controller
class CohortController {

    private final Cohorts cohorts;
    private final CohortProgress progress;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    CohortController(
            Cohorts cohorts,
            CohortProgress progress,
            OrgUnits orgUnits,
            MessageSource messages,
            JsonMapper json,
            Clock clock) {
        this.cohorts = cohorts;
        this.progress = progress;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** A school's row: its marks on each step, in calendar order. */
    public record Row(OrgUnitRef school, String source, List<CohortProgress.Mark> marks) {}

    /** A step with how many schools have done it. */
    public record StepLine(Cohorts.Step step, int done, int overdue, int schools) {}

    /** The new-cohort form. */
    record NewCohort(
            @org.jspecify.annotations.Nullable String year,
            @org.jspecify.annotations.Nullable String name,
            @org.jspecify.annotations.Nullable String start,
            @org.jspecify.annotations.Nullable String end,
            @org.jspecify.annotations.Nullable String candidates) {

        /** The cohort, or null when a field cannot be read or the dates are the wrong way round. */
        Cohorts.@org.jspecify.annotations.Nullable Cohort toCohort(UUID region) {
            try {
                int y = Integer.parseInt(year == null ? "" : year.strip());
                var from = LocalDate.parse(start == null ? "" : start.strip());
                var to = LocalDate.parse(end == null ? "" : end.strip());
                if (name == null || name.isBlank() || from.isAfter(to) || y < 2000 || y > 2100) return null;
                return new Cohorts.Cohort(region, y, name.strip(), from, to);
            } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
                return null;
            }
        }
    }

    @GetMapping("/support/cohorts")
    String list(Scope scope, Model model) {
        model.addAttribute("cohorts", cohorts.of(regionId(scope)));
        model.addAttribute("regionWide", regionWide(scope));
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        return "support/cohorts";
    }

    @PostMapping("/support/cohorts")
    String create(@ModelAttribute NewCohort form, Scope scope, Authentication who, RedirectAttributes redirect) {
        if (!regionWide(scope)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        UUID region = regionId(scope);
        var cohort = form.toCohort(region);
        if (cohort == null || cohorts.find(region, cohort.year()).isPresent()) {
            redirect.addFlashAttribute("problem", "support.cohort.error");
            return "redirect:/support/cohorts";
        }
        int n = cohorts.create(cohort, "true".equals(form.candidates()), who.getName());
        redirect.addFlashAttribute("created", n);
        return "redirect:/support/cohorts/" + cohort.year();
    }

    @GetMapping("/support/cohorts/{year}")
    String cohort(@PathVariable int year, Scope scope, Model model) {
        var c = cohort(scope, year);
        var calendar = cohorts.calendar(c);
        var rows = rows(c, calendar, scope);
        var lines = new ArrayList<StepLine>();
        for (int i = 0; i < calendar.size(); i++) {
            int index = i;
            lines.add(new StepLine(
                    calendar.get(i),
                    (int) rows.stream()
                            .filter(r -> r.marks().get(index) == CohortProgress.Mark.DONE)
                            .count(),
                    (int) rows.stream()
                            .filter(r -> r.marks().get(index) == CohortProgress.Mark.OVERDUE)
                            .count(),
                    rows.size()));
        }
        model.addAttribute("cohort", c);
        model.addAttribute("calendar", calendar);
        model.addAttribute("steps", lines);
        model.addAttribute("rows", rows);
        model.addAttribute("regionWide", regionWide(scope));
        model.addAttribute("chart", chart(lines, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "support/cohort";
    }

    @PostMapping("/support/cohorts/{year}/steps/{step}")
    String move(
            @PathVariable int year,
            @PathVariable int step,
            @RequestParam LocalDate due,
            Scope scope,
            Authentication who) {
        if (!regionWide(scope)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        cohorts.moveStep(cohort(scope, year), step, due, who.getName());
        return "redirect:/support/cohorts/" + year;
    }

    @PostMapping("/support/cohorts/{year}/schools")
    String addSchool(
            @PathVariable int year,
            @RequestParam String code,
            Scope scope,
            Authentication who,
            RedirectAttributes redirect) {
        if (!regionWide(scope)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        var school = orgUnits.findByCode(OrgUnitKind.SCHOOL, code.strip()).filter(s -> scope.permits(s.path()));
        if (school.isEmpty()) redirect.addFlashAttribute("problem", "support.cohort.noSchool");
        else cohorts.add(cohort(scope, year), school.get(), "MANUAL", who.getName());
        return "redirect:/support/cohorts/" + year;
    }

    @PostMapping("/support/cohorts/{year}/schools/{school}/remove")
    String removeSchool(@PathVariable int year, @PathVariable UUID school, Scope scope, Authentication who) {
        if (!regionWide(scope)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        cohorts.remove(cohort(scope, year), school, who.getName());
        return "redirect:/support/cohorts/" + year;
    }

    @GetMapping("/support/cohorts/{year}.xlsx")
    void export(@PathVariable int year, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var c = cohort(scope, year);
        var calendar = cohorts.calendar(c);
        var headers = new ArrayList<String>(List.of(msg("school.code", locale), msg("results.school", locale)));
        for (var s : calendar) headers.add(msg("support.step." + s.code(), locale) + " (" + s.due() + ")");
        var out = new ArrayList<List<?>>();
        for (Row r : rows(c, calendar, scope)) {
            var row =
                    new ArrayList<Object>(List.of(r.school().code(), r.school().name()));
            for (var m : r.marks()) row.add(msg("support.mark." + m, locale));
            out.add(row);
        }
        XlsxTableWriter.download(response, "cohort-" + year + ".xlsx", new Table(c.name(), headers, out));
    }

    private List<Row> rows(Cohorts.Cohort c, List<Cohorts.Step> calendar, Scope scope) {
        var members = cohorts.members(c, scope);
        var sources = new LinkedHashMap<UUID, String>();
        members.forEach(m -> sources.put(m.schoolId(), m.source()));
        var done = progress.done(sources.keySet(), c.year(), scope);
        LocalDate today = LocalDate.now(clock);
        return orgUnits.byIds(sources.keySet()).stream()
                .sorted(java.util.Comparator.comparing(OrgUnitRef::code))
                .map(s -> new Row(
                        s,
                        sources.get(s.id()),
                        calendar.stream()
                                .map(step -> CohortProgress.mark(step.code(), step.due(), done.get(s.id()), today))
                                .toList()))
                .toList();
    }

    private String chart(List<StepLine> lines, Locale locale) {
        var labels = lines.stream()
                .map(l -> msg("support.step." + l.step().code(), locale))
                .toList();
        var done = lines.stream()
                .map(l -> l.schools() == 0 ? 0 : Math.round(1000.0 * l.done() / l.schools()) / 10.0)
                .toList();
        var overdue = lines.stream()
                .map(l -> l.schools() == 0 ? 0 : Math.round(1000.0 * l.overdue() / l.schools()) / 10.0)
                .toList();
        return json.writeValueAsString(Map.of(
                "type", "bar",
                "data",
                        Map.of(
                                "labels",
                                labels,
                                "datasets",
                                List.of(
                                        Map.of(
                                                "label",
                                                msg("support.mark.DONE", locale),
                                                "data",
                                                done,
                                                "backgroundColor",
                                                "#2e7d4f"),
                                        Map.of(
                                                "label",
                                                msg("support.mark.OVERDUE", locale),
                                                "data",
                                                overdue,
                                                "backgroundColor",
                                                "#c0392b"))),
                "options",
                        Map.of(
                                "indexAxis",
                                "y",
                                "scales",
                                Map.of("x", Map.of("stacked", true, "max", 100), "y", Map.of("stacked", true)))));
    }

    private Cohorts.Cohort cohort(Scope scope, int year) {
        return cohorts.find(regionId(scope), year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static UUID regionId(Scope scope) {
        if (scope.isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return scope.regionId();
    }

    private static boolean regionWide(Scope scope) {
        return scope.isRegionWide();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
