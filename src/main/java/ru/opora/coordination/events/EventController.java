package ru.opora.coordination.events;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.coordination.materials.Materials;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;
import ru.opora.shared.XlsxTableWriter;

/**
 * {@code /coordination/events}: the plan of events as a month or a list, an event's page where
 * schools register and the organiser marks who came, the participants' feedback and the calendar
 * for a calendar program.
 */
@Controller
class EventController {

    /** An event as its form sends it. */
    record EventForm(
            @Nullable String kind,
            @Nullable String title,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate startsOn,

            @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime startTime,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate endsOn,

            @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime endTime,

            @Nullable String periodicity,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate repeatUntil,

            @Nullable String place,
            @Nullable List<String> audience,
            @Nullable String riskCode,
            @Nullable String roadmapRow,
            @Nullable String description) {

        Events.Form form() {
            return new Events.Form(
                    kind,
                    title,
                    startsOn,
                    startTime,
                    endsOn,
                    endTime,
                    periodicity,
                    repeatUntil,
                    place,
                    audience,
                    riskCode,
                    roadmapRow,
                    description);
        }
    }

    /** The short form after an occurrence. */
    record FeedbackForm(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate occursOn,

            @Nullable Integer rating,
            @Nullable String useful,
            @Nullable String wishes) {}

    private final EventPages pages;
    private final EventTables tables;
    private final MessageSource messages;

    EventController(EventPages pages, EventTables tables, MessageSource messages) {
        this.pages = pages;
        this.tables = tables;
        this.messages = messages;
    }

    @GetMapping("/coordination/events")
    String calendar(
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @Nullable String view,
            Scope scope,
            Authentication who,
            Model model) {
        var shown = month == null ? YearMonth.from(pages.today()) : month;
        model.addAttribute("page", pages.calendar(shown, "list".equals(view), scope, who));
        return "coordination/events";
    }

    @PostMapping("/coordination/events")
    String create(@ModelAttribute EventForm f, Scope scope, Authentication who, RedirectAttributes flash) {
        var organiser = pages.organiser(scope, who);
        if (organiser == null) throw new AccessDeniedException("events are planned by one unit");
        var done = pages.parts().events().create(organiser, f.form(), who.getName());
        if (done.id() == null) {
            problems(flash, done.problems());
            return "redirect:/coordination/events"
                    + (f.startsOn() == null ? "" : "?month=" + YearMonth.from(f.startsOn()));
        }
        flash.addFlashAttribute("saved", true);
        return "redirect:/coordination/events/" + done.id();
    }

    @GetMapping("/coordination/events/{id}")
    String event(@PathVariable UUID id, Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.event(id, scope, who));
        return "coordination/event";
    }

    @PostMapping("/coordination/events/{id}/cancel")
    String cancel(@PathVariable UUID id, Scope scope, Authentication who, RedirectAttributes flash) {
        var e = managed(id, scope, who);
        pages.parts().events().cancel(e, who.getName());
        flash.addFlashAttribute("saved", true);
        return "redirect:/coordination/events/" + id;
    }

    @PostMapping("/coordination/events/{id}/registration")
    String register(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer participants,
            @RequestParam(required = false) @Nullable String positions,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        var e = pages.readable(id, scope);
        var school = pages.joiner(scope, who);
        if (school == null) throw new AccessDeniedException("a school registers itself");
        after(
                pages.parts()
                        .registrations()
                        .register(e, school, participants, positions, who.getName(), pages.today()),
                flash);
        return "redirect:/coordination/events/" + id + "#registration";
    }

    @PostMapping("/coordination/events/{id}/attendance")
    String attendance(
            @PathVariable UUID id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam Map<String, String> params,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        var e = managed(id, scope, who);
        var attended = new HashMap<UUID, Integer>();
        for (var p : params.entrySet()) {
            if (!p.getKey().startsWith("attended-")) continue;
            try {
                attended.put(
                        UUID.fromString(p.getKey().substring(9)),
                        Integer.parseInt(p.getValue().strip()));
            } catch (IllegalArgumentException bad) {
                problems(flash, List.of("coordination.attendance.count"));
                return "redirect:/coordination/events/" + id + "#attendance";
            }
        }
        after(pages.parts().registrations().mark(e, date, attended, who.getName(), pages.today()), flash);
        return "redirect:/coordination/events/" + id + "#attendance";
    }

    @PostMapping("/coordination/events/{id}/feedback")
    String feedback(
            @PathVariable UUID id,
            @ModelAttribute FeedbackForm f,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        var e = pages.readable(id, scope);
        var paths = scope.sortedPaths();
        if (paths.size() != 1 || paths.getFirst().kind() != ru.opora.orgunits.OrgUnitKind.SCHOOL)
            throw new AccessDeniedException("feedback comes from a school's people");
        if (f.occursOn() == null || f.rating() == null) {
            problems(flash, List.of("coordination.feedback.rating"));
            return "redirect:/coordination/events/" + id + "#feedback";
        }
        var feedback = new Registrations.Feedback(
                f.occursOn(),
                paths.getFirst().unitId(),
                who.getName(),
                f.rating(),
                f.useful() == null ? "" : f.useful().strip(),
                f.wishes() == null ? "" : f.wishes().strip());
        after(pages.parts().registrations().feedback(e, feedback, pages.today()), flash);
        return "redirect:/coordination/events/" + id + "#feedback";
    }

    @PostMapping("/coordination/events/{id}/materials")
    String materials(
            @PathVariable UUID id,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        var e = managed(id, scope, who);
        var given = files == null ? List.<MultipartFile>of() : files;
        var refusal = pages.parts().materials().check(given);
        if (refusal.isPresent()) {
            ru.opora.shared.Problems.flash(
                    flash, messages, refusal.get().code(), refusal.get().args());
        } else {
            pages.parts().materials().attach(Materials.Owner.EVENT, e.id(), given, who.getName());
            flash.addFlashAttribute("saved", true);
        }
        return "redirect:/coordination/events/" + id + "#materials";
    }

    @GetMapping("/coordination/events/{id}/materials/{file}")
    void material(@PathVariable UUID id, @PathVariable UUID file, Scope scope, HttpServletResponse response)
            throws IOException {
        pages.readable(id, scope);
        if (!pages.parts().materials().download(id, file, response)) throw new NotFound();
    }

    @GetMapping("/coordination/events/{id}/export")
    void exportEvent(@PathVariable UUID id, Scope scope, Authentication who, HttpServletResponse response)
            throws IOException {
        XlsxTableWriter.download(response, "event.xlsx", tables.event(pages.event(id, scope, who)));
    }

    @GetMapping("/coordination/events/{id}/feedback.xlsx")
    void exportFeedback(@PathVariable UUID id, Scope scope, Authentication who, HttpServletResponse response)
            throws IOException {
        XlsxTableWriter.download(response, "feedback.xlsx", tables.feedback(pages.event(id, scope, who)));
    }

    @GetMapping("/coordination/events/export")
    void exportPlan(@RequestParam(required = false) @Nullable Integer year, Scope scope, HttpServletResponse response)
            throws IOException {
        int y = year == null ? pages.today().getYear() : year;
        if (y < 2000 || y > 2100) throw new NotFound();
        XlsxTableWriter.download(response, "events-" + y + ".xlsx", tables.plan(scope, y));
    }

    private Event managed(UUID id, Scope scope, Authentication who) {
        var e = pages.readable(id, scope);
        if (!pages.manages(e, scope, who)) throw new AccessDeniedException("the organiser keeps its event");
        return e;
    }

    private void after(List<String> problems, RedirectAttributes flash) {
        if (problems.isEmpty()) flash.addFlashAttribute("saved", true);
        else problems(flash, problems);
    }

    private void problems(RedirectAttributes flash, List<String> keys) {
        ru.opora.shared.Problems.flash(flash, messages, keys);
    }
}
