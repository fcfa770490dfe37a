package ru.opora.coordination.practices;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/**
 * {@code /coordination/practices}: the bank — search by risk, subject, level and effect; a school
 * submits its practice with files; moderators approve, publish or reject; a school's plan page
 * shows the practices matching the risks it chose.
 */
@Controller
class PracticeController {

    private final PracticePages pages;
    private final MessageSource messages;

    PracticeController(PracticePages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/coordination/practices")
    String bank(@ModelAttribute Practices.Query query, Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.bank(scope, who, query));
        return "coordination/practices";
    }

    @GetMapping("/coordination/practices/export")
    void export(
            @ModelAttribute Practices.Query query,
            @RequestParam(required = false) @Nullable String list,
            Scope scope,
            Authentication who,
            HttpServletResponse response)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        var rows = new ArrayList<List<?>>();
        var bank = pages.bank(scope, who, query);
        // the page's three tables: the search's, the moderators' queue, the school's own
        var lines = "queue".equals(list) ? bank.queue() : "own".equals(list) ? bank.own() : bank.found();
        for (var l : lines) {
            var p = l.p();
            rows.add(Arrays.asList(
                    p.title(),
                    l.school(),
                    String.join("; ", l.risks()),
                    p.subject(),
                    messages.getMessage("coordination.practice.level." + p.level(), null, locale),
                    p.indicator(),
                    p.before(),
                    p.after(),
                    p.effect(),
                    messages.getMessage("coordination.practice.state." + p.state(), null, locale)));
        }
        XlsxTableWriter.download(
                response,
                "practices.xlsx",
                new Table(
                        messages.getMessage("coordination.practices.title", null, locale),
                        Table.headers(
                                messages,
                                locale,
                                "coordination.practice.title.label",
                                "coordination.practice.school",
                                "coordination.practice.risks.label",
                                "coordination.practice.subject.label",
                                "coordination.practice.level.label",
                                "coordination.practice.indicator.label",
                                "coordination.practice.before",
                                "coordination.practice.after",
                                "coordination.practice.effect",
                                "coordination.practice.state.label"),
                        rows));
    }

    @PostMapping("/coordination/practices")
    String submit(
            @ModelAttribute Practices.Form f,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        var school = pages.author(scope, who);
        if (school == null) throw new AccessDeniedException("a school shares its own practice");
        var given = files == null ? List.<MultipartFile>of() : files;
        // the files are checked first: a practice with one file over the limit is refused whole
        var refusal = pages.parts().materials().check(given);
        if (refusal.isPresent()) {
            ru.opora.shared.Problems.flash(
                    flash, messages, refusal.get().code(), refusal.get().args());
            return "redirect:/coordination/practices#submit";
        }
        var known = pages.riskNames(school.path().region()).keySet();
        var done = pages.parts().practices().submit(school, f, known, who.getName());
        if (done.id() == null) {
            problems(flash, done.problems());
            return "redirect:/coordination/practices#submit";
        }
        pages.parts().materials().attach(Materials.Owner.PRACTICE, done.id(), given, who.getName());
        flash.addFlashAttribute("saved", true);
        return "redirect:/coordination/practices/" + done.id();
    }

    @GetMapping("/coordination/practices/{id}")
    String practice(@PathVariable UUID id, Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.practice(id, scope, who));
        return "coordination/practice";
    }

    @PostMapping("/coordination/practices/{id}/moderation")
    String moderate(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String step,
            @RequestParam(required = false) @Nullable String reason,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        var page = pages.practice(id, scope, who);
        var chosen = page.steps().stream()
                .filter(s -> s.name().equals(step))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a step of this practice"));
        var problems =
                pages.parts().practices().moderate(page.line().p(), chosen, reason, page.inDoubt(), who.getName());
        if (problems.isEmpty()) flash.addFlashAttribute("saved", true);
        else problems(flash, problems);
        return "redirect:/coordination/practices/" + id;
    }

    @GetMapping("/coordination/practices/{id}/files/{file}")
    void file(
            @PathVariable UUID id,
            @PathVariable UUID file,
            Scope scope,
            Authentication who,
            HttpServletResponse response)
            throws IOException {
        pages.practice(id, scope, who);
        if (!pages.parts().materials().download(id, file, response)) throw new NotFound();
    }

    /** For a school's plan page: the practices matching the risks it chose for the year. */
    @GetMapping("/coordination/practices/for/{school}")
    String forSchool(
            @PathVariable UUID school,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Model model) {
        int y = year == null ? java.time.LocalDate.now(pages.parts().clock()).getYear() : year;
        if (y < 2000 || y > 2100) throw new NotFound();
        model.addAttribute("matching", pages.forSchool(school, y, scope));
        return "coordination/practices-for :: matching";
    }

    private void problems(RedirectAttributes flash, List<String> keys) {
        ru.opora.shared.Problems.flash(flash, messages, keys);
    }
}
