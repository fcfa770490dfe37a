package ru.opora.coordination.network;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/**
 * {@code /coordination/network}: the finder of strong schools and teachers on a skill, and the
 * consulting centres with their schedules and the consultations they held.
 */
@Controller
class NetworkController {

    private final NetworkPages pages;
    private final MessageSource messages;

    NetworkController(NetworkPages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/coordination/network")
    String network(@ModelAttribute NetworkPages.Query q, Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.network(q, scope, who));
        return "coordination/network";
    }

    @GetMapping("/coordination/network/export")
    void export(@ModelAttribute NetworkPages.Query q, Scope scope, Authentication who, HttpServletResponse response)
            throws IOException {
        var page = pages.network(q, scope, who);
        Locale locale = LocaleContextHolder.getLocale();
        var rows = new ArrayList<List<?>>();
        for (var c : page.candidates()) {
            var classes = c.classes().stream()
                    .map(x -> x.label() + (page.names() && !x.teacher().isEmpty() ? " (" + x.teacher() + ")" : "") + " "
                            + Formats.percent(x.rate(), 1))
                    .toList();
            rows.add(Arrays.asList(
                    c.school(),
                    c.municipality(),
                    Formats.round(c.rate(), 1),
                    Formats.round(c.regionRate(), 1),
                    c.works(),
                    String.join("; ", classes)));
        }
        String skill = page.skills().getOrDefault(String.valueOf(page.query().skill()), "");
        XlsxTableWriter.download(
                response,
                "strong-schools.xlsx",
                new Table(
                        messages.getMessage("coordination.network.title", null, locale) + ": " + skill,
                        Table.headers(
                                messages,
                                locale,
                                "coordination.network.school",
                                "coordination.network.municipality",
                                "coordination.network.rate",
                                "coordination.network.regionRate",
                                "coordination.network.works",
                                "coordination.network.classes"),
                        rows));
    }

    @PostMapping("/coordination/centres")
    String create(@ModelAttribute ConsultingCentres.Form f, Scope scope, Authentication who, RedirectAttributes flash) {
        var owner = pages.owner(scope, who);
        if (owner == null) throw new AccessDeniedException("a region or a municipality keeps its centres");
        var host = f.host() == null
                ? null
                : pages.parts().orgUnits().school(f.host(), scope).orElse(null);
        var done = pages.parts().centres().create(owner, host, f, host != null && pages.inDoubt(host), who.getName());
        if (done.id() == null) {
            problems(flash, done.problems());
            return "redirect:/coordination/network#centres";
        }
        flash.addFlashAttribute("saved", true);
        return "redirect:/coordination/centres/" + done.id();
    }

    @GetMapping("/coordination/centres/{id}")
    String centre(@PathVariable UUID id, Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.centre(id, scope, who));
        return "coordination/centre";
    }

    @PostMapping("/coordination/centres/{id}/consultations")
    String consulted(
            @PathVariable UUID id,
            @ModelAttribute ConsultingCentres.ConsultationForm f,
            Scope scope,
            Authentication who,
            RedirectAttributes flash) {
        var c = pages.readable(id, scope);
        if (!pages.records(c, scope, who))
            throw new AccessDeniedException("the owner or the host records consultations");
        var school = f.school() == null
                ? null
                : pages.parts().orgUnits().find(f.school()).orElse(null);
        var done = pages.parts().centres().consulted(c, school, f, who.getName(), pages.today());
        if (done.id() == null) problems(flash, done.problems());
        else flash.addFlashAttribute("saved", true);
        return "redirect:/coordination/centres/" + id;
    }

    @GetMapping("/coordination/centres/export")
    void exportCentres(Scope scope, Authentication who, HttpServletResponse response) throws IOException {
        var page = pages.network(new NetworkPages.Query(null, null, null), scope, who);
        Locale locale = LocaleContextHolder.getLocale();
        var rows = page.centres().stream()
                .map(l ->
                        List.of(l.c().name(), l.host(), l.owner(), l.c().subjects(), l.c().schedule(), l.c().contact()))
                .toList();
        XlsxTableWriter.download(
                response,
                "centres.xlsx",
                new Table(
                        messages.getMessage("coordination.centres.title", null, locale),
                        Table.headers(
                                messages,
                                locale,
                                "coordination.centre.name.label",
                                "coordination.centre.host.label",
                                "coordination.event.organiser",
                                "coordination.centre.subjects.label",
                                "coordination.centre.schedule.label",
                                "coordination.centre.contact.label"),
                        rows));
    }

    @GetMapping("/coordination/centres/{id}/export")
    void exportCentre(@PathVariable UUID id, Scope scope, Authentication who, HttpServletResponse response)
            throws IOException {
        var page = pages.centre(id, scope, who);
        Locale locale = LocaleContextHolder.getLocale();
        var rows = page.consultations().stream()
                .map(l -> List.of(l.c().heldOn(), l.school(), l.c().topic(), l.c().consultant()))
                .toList();
        XlsxTableWriter.download(
                response,
                "consultations.xlsx",
                new Table(
                        page.line().c().name(),
                        Table.headers(
                                messages,
                                locale,
                                "coordination.consultation.date.label",
                                "coordination.consultation.school.label",
                                "coordination.consultation.topic.label",
                                "coordination.consultation.consultant.label"),
                        rows));
    }

    private void problems(RedirectAttributes flash, List<String> keys) {
        ru.opora.shared.Problems.flash(flash, messages, keys);
    }
}
