package ru.opora.support.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;
import ru.opora.shared.TodayLine;

/**
 * {@code /support/today}: the cohort's line of the start page. A school sees the first step of the
 * calendar it has not done yet, late when its date has passed; a municipality or the region sees
 * the calendar's next step by date and how many of its schools are behind on an earlier one.
 */
@Controller
class CohortToday {

    private final Cohorts cohorts;
    private final CohortProgress progress;
    private final MessageSource messages;
    private final Clock clock;

    CohortToday(Cohorts cohorts, CohortProgress progress, MessageSource messages, Clock clock) {
        this.cohorts = cohorts;
        this.progress = progress;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/support/today")
    String today(Scope scope, Locale locale, Model model) {
        var lines = new ArrayList<TodayLine>();
        if (!scope.isEmpty()) {
            var today = LocalDate.now(clock);
            for (var c : cohorts.of(scope.regionId())) {
                if (c.end().isBefore(today)) continue;
                var members = cohorts.members(c, scope);
                if (members.isEmpty()) continue;
                var schools = members.stream().map(m -> m.schoolId()).toList();
                var done = progress.done(schools, c.year(), scope);
                var steps = cohorts.calendar(c);
                if (oneSchool(scope)) ownStep(c, steps, done.get(schools.getFirst()), today, locale, lines);
                else nextStep(c, steps, done, today, locale, lines);
            }
        }
        model.addAttribute("lines", lines);
        return "fragments/today :: lines";
    }

    private void ownStep(
            Cohorts.Cohort c,
            List<Cohorts.Step> steps,
            Set<String> done,
            LocalDate today,
            Locale locale,
            List<TodayLine> lines) {
        steps.stream()
                .filter(s -> CohortProgress.mark(s.code(), s.due(), done, today) != CohortProgress.Mark.DONE)
                .findFirst()
                .ifPresent(s -> lines.add(new TodayLine(
                        "support.today.own",
                        List.of(step(s, locale), c.name(), Formats.date(s.due())),
                        "/support/cohorts/" + c.year(),
                        s.due().isBefore(today))));
    }

    private void nextStep(
            Cohorts.Cohort c,
            List<Cohorts.Step> steps,
            Map<UUID, Set<String>> done,
            LocalDate today,
            Locale locale,
            List<TodayLine> lines) {
        long behind = done.values().stream()
                .filter(d -> steps.stream()
                        .anyMatch(s -> CohortProgress.mark(s.code(), s.due(), d, today) == CohortProgress.Mark.OVERDUE))
                .count();
        steps.stream()
                .filter(s -> !s.due().isBefore(today))
                .findFirst()
                .ifPresent(s -> lines.add(new TodayLine(
                        "support.today.next",
                        List.of(step(s, locale), c.name(), Formats.date(s.due())),
                        "/support/cohorts/" + c.year(),
                        false)));
        if (behind > 0)
            lines.add(new TodayLine(
                    "support.today.behind", List.of(behind, c.name()), "/support/cohorts/" + c.year(), true));
    }

    private String step(Cohorts.Step s, Locale locale) {
        return messages.getMessage("support.step." + s.code(), null, s.code(), locale);
    }

    private static boolean oneSchool(Scope scope) {
        var paths = scope.sortedPaths();
        return paths.size() == 1 && paths.getFirst().kind() == OrgUnitKind.SCHOOL;
    }
}
