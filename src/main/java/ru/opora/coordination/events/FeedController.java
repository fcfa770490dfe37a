package ru.opora.coordination.events;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.identity.UserDirectory;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;

/**
 * The reader's calendar outside the pages: the coming events on the start page, and the iCalendar
 * feed — signed in, or by the secret address a calendar program keeps.
 */
@Controller
class FeedController {

    /** How far the feed looks back and ahead, in days. */
    private static final int BACK = 60;

    private static final int AHEAD = 400;

    /** How far the start page looks ahead, in days. */
    private static final int SOON = 14;

    private final EventPages pages;
    private final CalendarFeed feed;
    private final UserDirectory users;
    private final Clock clock;

    FeedController(EventPages pages, CalendarFeed feed, UserDirectory users, Clock clock) {
        this.pages = pages;
        this.feed = feed;
        this.users = users;
        this.clock = clock;
    }

    /** «What is mine to do»: the events of the next two weeks the reader sees, theirs first. */
    @GetMapping("/coordination/events/mine")
    String mine(Scope scope, Model model) {
        var today = pages.today();
        var soon = pages.occurrences(scope, today, today.plusDays(SOON)).stream()
                .filter(o -> !o.event().cancelled())
                .sorted(java.util.Comparator.comparing((EventPages.Occurrence o) ->
                                !o.registered() && !scope.permits(o.event().organiser()))
                        .thenComparing(EventPages.Occurrence::starts))
                .limit(10)
                .sorted(java.util.Comparator.comparing(EventPages.Occurrence::starts))
                .toList();
        model.addAttribute("soon", soon);
        return "coordination/events-mine :: soon";
    }

    @GetMapping("/coordination/events/calendar.ics")
    void signedIn(Scope scope, HttpServletResponse response) throws IOException {
        write(scope, response);
    }

    @PostMapping("/coordination/events/feed")
    String renew(Authentication who, RedirectAttributes flash) {
        flash.addFlashAttribute(
                "feedToken",
                org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/calendar/" + feed.renew(who.getName()) + ".ics")
                        .toUriString());
        return "redirect:/coordination/events#feed";
    }

    /** The feed by its secret address: the owner's scope, read now (a disabled user's address opens nothing). */
    @GetMapping("/calendar/{token}.ics")
    void byToken(@PathVariable String token, HttpServletResponse response) throws IOException {
        var owner = feed.owner(token).orElseThrow(NotFound::new);
        write(users.scopeOf(owner).orElseThrow(NotFound::new), response);
    }

    private void write(Scope scope, HttpServletResponse response) throws IOException {
        var today = pages.today();
        List<EventPages.Occurrence> all = pages.occurrences(scope, today.minusDays(BACK), today.plusDays(AHEAD));
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"opora.ics\"");
        response.getOutputStream().write(CalendarFeed.ics(all, clock.instant()).getBytes(StandardCharsets.UTF_8));
    }
}
