package ru.opora.reporting.publicpage;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/** {@code /reporting/public-page}: the school chooses what its public page shows and turns it on. */
@Controller
class PublicSettingsController {

    private final PublicPages pages;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    PublicSettingsController(PublicPages pages, OrgUnits orgUnits, MessageSource messages) {
        this.pages = pages;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    @GetMapping("/reporting/public-page")
    String settings(Scope scope, Model model) {
        var school = own(scope);
        model.addAttribute("school", school);
        model.addAttribute("settings", pages.of(school.id()).orElse(PublicPages.Settings.off(school.id())));
        return "reporting/public-page";
    }

    @PostMapping("/reporting/public-page")
    String save(
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) @Nullable List<String> sections,
            @RequestParam(required = false) @Nullable String intro,
            Scope scope,
            java.security.Principal who,
            RedirectAttributes flash) {
        var school = own(scope);
        var problem = pages.save(
                school,
                enabled,
                sections == null ? List.of() : sections,
                intro == null ? "" : intro.strip(),
                who.getName());
        if (problem.isPresent()) ru.opora.shared.Problems.flash(flash, messages, List.of(problem.get()));
        else flash.addFlashAttribute("saved", true);
        return "redirect:/reporting/public-page";
    }

    /** The reader's one school: a school's page is its own to publish. */
    private OrgUnitRef own(Scope scope) {
        var paths = scope.sortedPaths();
        if (paths.size() != 1 || paths.getFirst().kind() != OrgUnitKind.SCHOOL)
            throw new AccessDeniedException("a school publishes its own page");
        return orgUnits.find(paths.getFirst().unitId()).orElseThrow();
    }
}
