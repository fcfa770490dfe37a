package ru.opora.people.loop;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/**
 * {@code /people/loop} and a school's {@code /people/schools/{id}/loop}: the closed loop from a weak
 * skill to the teacher's course and back; {@code /people/training}: the M4 shares; {@code
 * /people/teachers/{id}}: a teacher's card with the recommended courses. Each table to Excel.
 */
@Controller
class LoopController {

    private final LoopPages pages;
    private final TeacherCard cards;
    private final MessageSource messages;
    private final ru.opora.people.teachers.Staffing staffing;
    private final ru.opora.people.teachers.Subjects subjects;

    LoopController(
            LoopPages pages, TeacherCard cards, MessageSource messages, ru.opora.people.teachers.Staffing staffing) {
        this.staffing = staffing;
        this.subjects = pages.subjects();
        this.pages = pages;
        this.cards = cards;
        this.messages = messages;
    }

    @GetMapping("/people/schools/{id}/loop")
    String school(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Authentication who,
            Model model) {
        model.addAttribute("page", pages.school(id, year, scope, who));
        return "people/loop";
    }

    @GetMapping("/people/schools/{id}/loop/export")
    void schoolExport(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Authentication who,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var page = pages.school(id, year, scope, who);
        XlsxTableWriter.download(response, "loop.xlsx", pages.schoolTable(page, locale));
    }

    @GetMapping("/people/loop")
    String overview(@RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        model.addAttribute("page", pages.overview(scope, year));
        return "people/loop-overview";
    }

    @GetMapping("/people/loop/export")
    void overviewExport(
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        XlsxTableWriter.download(response, "loop.xlsx", pages.overviewTable(pages.overview(scope, year), locale));
    }

    @GetMapping("/people/training")
    String training(@RequestParam(required = false) @Nullable Integer year, Scope scope, Model model) {
        model.addAttribute("page", pages.training(scope, year));
        model.addAttribute("subjects", subjects);
        return "people/training";
    }

    @GetMapping("/people/training/export")
    void trainingExport(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "schools") String table,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var page = pages.training(scope, year);
        XlsxTableWriter.download(response, "training.xlsx", pages.trainingTable(page, table, locale));
    }

    @GetMapping("/people/teachers/{id}")
    String teacher(@PathVariable UUID id, Scope scope, Authentication who, Locale locale, Model model) {
        model.addAttribute("card", cards.of(id, scope, who, locale));
        return "people/teacher";
    }

    /** The signed-in teacher's own card: their diagnostics, courses and recommended courses. */
    @GetMapping("/people/mine/development")
    String mine(Scope scope, Authentication who, Locale locale, Model model) {
        var teacher = staffing.byAccount(who.getName()).orElseThrow(NotFound::new);
        model.addAttribute("card", cards.of(teacher.id(), scope, who, locale));
        model.addAttribute("own", true);
        return "people/teacher";
    }

    @GetMapping("/people/mine/development/export")
    void mineExport(
            @RequestParam(defaultValue = "recommended") String table,
            Scope scope,
            Authentication who,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var teacher = staffing.byAccount(who.getName()).orElseThrow(NotFound::new);
        XlsxTableWriter.download(
                response, "development.xlsx", cardTable(cards.of(teacher.id(), scope, who, locale), table, locale));
    }

    @GetMapping("/people/teachers/{id}/export")
    void teacherExport(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "recommended") String table,
            Scope scope,
            Authentication who,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var card = cards.of(id, scope, who, locale);
        XlsxTableWriter.download(response, "teacher.xlsx", cardTable(card, table, locale));
    }

    private Table cardTable(TeacherCard.Card card, String table, Locale locale) {
        return switch (table) {
            case "skills" ->
                new Table(
                        card.name(),
                        List.of(
                                msg("people.loop.skill", locale),
                                msg("people.card.instrument", locale),
                                msg("people.card.date", locale),
                                msg("people.card.percent", locale),
                                msg("people.card.deficit", locale)),
                        card.skills().stream()
                                .map(s -> Arrays.asList(
                                        s.skill(),
                                        s.instrument(),
                                        s.takenOn(),
                                        Formats.round(s.percent(), 1),
                                        s.deficit()))
                                .toList());
            case "courses" ->
                new Table(
                        card.name(),
                        List.of(
                                msg("people.course", locale),
                                msg("people.card.started", locale),
                                msg("people.card.completed", locale)),
                        card.courses().stream()
                                .map(c -> Arrays.asList(c.title(), c.started(), c.completed()))
                                .toList());
            case "recommended" ->
                new Table(
                        card.name(),
                        List.of(
                                msg("people.course", locale),
                                msg("people.course.provider", locale),
                                msg("people.course.hours", locale),
                                msg("people.card.reasons", locale)),
                        card.recommended().stream()
                                .map(r -> Arrays.asList(
                                        r.course().title(),
                                        r.course().provider(),
                                        r.course().hours(),
                                        String.join("; ", r.reasons())))
                                .toList());
            default -> throw new NotFound();
        };
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
