package ru.opora.planning.documents;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.opora.orgunits.Scope;

/** {@code /planning/today}: the plans' lines of the start page, loaded into it. */
@Controller
class TodayController {

    private final PlanningToday today;

    TodayController(PlanningToday today) {
        this.today = today;
    }

    @GetMapping("/planning/today")
    String today(Scope scope, Authentication who, Model model) {
        model.addAttribute("lines", today.of(scope, who));
        return "fragments/today :: lines";
    }
}
