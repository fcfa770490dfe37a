package ru.opora.identification.runs;

import java.security.Principal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/** The objectivity flags of a year in the reader's scope, with the evidence, and their review by the region. */
@Controller
class FlagsController {

    private final ObjectivityFlags flags;
    private final OrgUnits orgUnits;
    private final Explanation explanation;

    FlagsController(ObjectivityFlags flags, OrgUnits orgUnits, Explanation explanation) {
        this.flags = flags;
        this.orgUnits = orgUnits;
        this.explanation = explanation;
    }

    @GetMapping("/identification/flags")
    String list(@RequestParam(required = false) @Nullable Integer year, Scope scope, Locale locale, Model model) {
        var years = flags.years(scope);
        int chosen = year != null ? year : years.isEmpty() ? 0 : years.getFirst();
        var list = flags.list(scope, chosen);
        Map<UUID, OrgUnitRef> schools = new HashMap<>();
        for (OrgUnitRef r : orgUnits.byIds(
                list.stream().map(ObjectivityFlags.Stored::schoolId).toList())) schools.put(r.id(), r);
        var texts = new HashMap<String, String>();
        list.forEach(f -> texts.put(f.schoolId() + "/" + f.code(), explanation.flag(f.flag(), locale)));
        model.addAttribute("years", years);
        model.addAttribute("year", chosen);
        model.addAttribute("flags", list);
        model.addAttribute("schools", schools);
        model.addAttribute("texts", texts);
        model.addAttribute("regionWide", scope.isRegionWide());
        return "identification/flags";
    }

    @PostMapping("/identification/flags/review")
    String review(ObjectivityFlags.Review review, Scope scope, Principal principal) {
        flags.review(review, scope, principal.getName());
        return "redirect:/identification/flags?year=" + review.year() + "#flag-" + review.schoolId() + "-"
                + review.code();
    }
}
