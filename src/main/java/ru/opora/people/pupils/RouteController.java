package ru.opora.people.pupils;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.identity.Permission;
import ru.opora.orgunits.Scope;
import ru.opora.shared.XlsxTableWriter;

/**
 * {@code /pupils/schools/{id}/routes}: a school's individual routes (ИОМ), opened from a pupil's weak
 * tasks, with activities, checkpoints, the outcome and the re-measurement on later works.
 */
@Controller
class RouteController {

    /** A route as the form that opens it sends it. */
    record Opening(
            @Nullable String code,
            @Nullable UUID assessment,
            @Nullable Integer year,
            @Nullable List<String> tasks,
            @Nullable String goals) {}

    /** An activity as its form sends it. */
    record ActivityForm(
            @Nullable String kind,
            @Nullable String description,
            @Nullable UUID teacher,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate starts,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate ends) {}

    private final RoutePages pages;
    private final PupilRoutes routes;
    private final MessageSource messages;

    RouteController(RoutePages pages, PupilRoutes routes, MessageSource messages) {
        this.pages = pages;
        this.routes = routes;
        this.messages = messages;
    }

    @GetMapping("/pupils/schools/{id}/routes")
    String list(@PathVariable UUID id, Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.school(id, scope, who));
        model.addAttribute("names", RoutePages.has(who, Permission.PUPIL_NAMES));
        return "pupils/routes";
    }

    @GetMapping("/pupils/schools/{id}/routes/export")
    void listExport(@PathVariable UUID id, Scope scope, Authentication who, Locale locale, HttpServletResponse response)
            throws IOException {
        var page = pages.school(id, scope, who);
        XlsxTableWriter.download(
                response, "routes.xlsx", pages.schoolTable(page, RoutePages.has(who, Permission.PUPIL_NAMES), locale));
    }

    @GetMapping("/pupils/schools/{id}/routes/new")
    String newRoute(
            @PathVariable UUID id,
            @RequestParam String code,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Authentication who,
            Model model) {
        model.addAttribute("page", pages.newRoute(id, code, year, scope, who));
        return "pupils/route-new";
    }

    @PostMapping("/pupils/schools/{id}/routes")
    String open(
            @PathVariable UUID id,
            @ModelAttribute Opening o,
            Scope scope,
            Authentication who,
            Locale locale,
            RedirectAttributes flash) {
        var school = pages.schoolRef(id, scope);
        if (o.code() == null || o.assessment() == null) throw new ru.opora.shared.NotFound();
        var done = routes.open(
                school,
                o.code(),
                o.assessment(),
                o.tasks() == null ? List.of() : o.tasks(),
                o.goals() == null ? "" : o.goals(),
                who.getName());
        if (done.route() == null) {
            problems(flash, done.problems(), locale);
            // the form of a pupil the school does not hold would not be found: the list says why
            if (done.problems().contains("pupils.route.notHere")) return "redirect:/pupils/schools/" + id + "/routes";
            return "redirect:/pupils/schools/" + id + "/routes/new?code="
                    + java.net.URLEncoder.encode(o.code(), java.nio.charset.StandardCharsets.UTF_8)
                    + (o.year() == null ? "" : "&year=" + o.year());
        }
        flash.addFlashAttribute("saved", true);
        return "redirect:/pupils/schools/" + id + "/routes/" + done.route();
    }

    @GetMapping("/pupils/schools/{id}/routes/{route}")
    String route(@PathVariable UUID id, @PathVariable UUID route, Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.route(id, route, scope, who));
        return "pupils/route";
    }

    @GetMapping("/pupils/schools/{id}/routes/{route}/export")
    void routeExport(
            @PathVariable UUID id,
            @PathVariable UUID route,
            Scope scope,
            Authentication who,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        XlsxTableWriter.download(response, "route.xlsx", pages.routeTable(pages.route(id, route, scope, who), locale));
    }

    /** A teacher's routes by class: those of the classes they teach, and those with an activity of theirs. */
    @GetMapping("/pupils/mine")
    String mine(Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.mine(scope, who));
        return "pupils/mine";
    }

    @GetMapping("/pupils/mine/export")
    void mineExport(Scope scope, Authentication who, Locale locale, HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "my-routes.xlsx", pages.mineTable(pages.mine(scope, who), locale));
    }

    /** One of the teacher's routes, to read: only a route of their list is found. */
    @GetMapping("/pupils/mine/routes/{route}")
    String mineRoute(@PathVariable UUID route, Scope scope, Authentication who, Model model) {
        var mine = pages.mine(scope, who);
        boolean listed = mine.byClass().values().stream().flatMap(List::stream).anyMatch(l -> l.id().equals(route));
        if (!listed) throw new ru.opora.shared.NotFound();
        model.addAttribute("page", pages.route(mine.school().id(), route, scope, who));
        return "pupils/route";
    }

    @PostMapping("/pupils/schools/{id}/routes/{route}/activities")
    String activity(
            @PathVariable UUID id,
            @PathVariable UUID route,
            @ModelAttribute ActivityForm f,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        PupilRoutes.ActivityKind kind = null;
        for (var k : PupilRoutes.ActivityKind.values()) if (k.name().equals(f.kind())) kind = k;
        var done = routes.addActivity(
                pages.schoolRef(id, scope),
                route,
                new PupilRoutes.ActivityForm(kind, f.description(), f.teacher(), f.starts(), f.ends()),
                who.getName());
        return back(id, route, done, flash, "#activities");
    }

    /** A checkpoint as its form sends it: when, what, and (once passed or not) its result; the id is the path's. */
    record CheckpointForm(
            @Nullable UUID checkpoint,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate due,

            @Nullable String description,
            @Nullable String result,
            @Nullable Boolean done) {}

    @PostMapping("/pupils/schools/{id}/routes/{route}/checkpoints")
    String checkpoint(
            @PathVariable UUID id,
            @PathVariable UUID route,
            @ModelAttribute CheckpointForm f,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        var done = routes.addCheckpoint(pages.schoolRef(id, scope), route, f.due(), f.description(), who.getName());
        return back(id, route, done, flash, "#checkpoints");
    }

    @PostMapping("/pupils/schools/{id}/routes/{route}/checkpoints/{checkpoint}")
    String checkpointResult(
            @PathVariable UUID id,
            @PathVariable UUID route,
            @ModelAttribute CheckpointForm f,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        if (f.checkpoint() == null) throw new ru.opora.shared.NotFound();
        var outcome = routes.recordCheckpoint(
                pages.schoolRef(id, scope),
                route,
                f.checkpoint(),
                f.result(),
                Boolean.TRUE.equals(f.done()),
                who.getName());
        return back(id, route, outcome, flash, "#checkpoints");
    }

    @PostMapping("/pupils/schools/{id}/routes/{route}/close")
    String close(
            @PathVariable UUID id,
            @PathVariable UUID route,
            @RequestParam(required = false) @Nullable String outcome,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        var done = routes.close(pages.schoolRef(id, scope), route, outcome, who.getName());
        return back(id, route, done, flash, "#outcome");
    }

    private String back(UUID id, UUID route, PupilRoutes.Outcome done, RedirectAttributes flash, String anchor) {
        if (done.problems().isEmpty()) flash.addFlashAttribute("saved", true);
        else problems(flash, done.problems(), org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return "redirect:/pupils/schools/" + id + "/routes/" + route + anchor;
    }

    private void problems(RedirectAttributes flash, List<String> keys, Locale locale) {
        flash.addFlashAttribute(
                "problems",
                keys.stream().map(k -> messages.getMessage(k, null, locale)).toList());
    }
}
