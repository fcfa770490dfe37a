package ru.opora.planning.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of §7.3 and the plan checker of the issue: every required section written, every task
 * with a measure, every measure with a title, a due date inside the period and a responsible person,
 * every indicator with a baseline and a target; and for a school, every chosen risk with its
 * anti-risk programme.
 */
public final class PlanChecker {

    private PlanChecker() {}

    public static List<Gap> check(Template template, Content content, LocalDate from, LocalDate to) {
        var gaps = new ArrayList<Gap>();
        if (from.isAfter(to)) gaps.add(Gap.of("periodInvalid", "period"));
        for (String section : template.sections())
            if (content.section(section).isBlank()) gaps.add(Gap.of("sectionEmpty", "section:" + section, section));
        if (template.tasks() && content.tasks().isEmpty()) gaps.add(Gap.of("noTasks", "tasks"));
        if (template.measures() && content.measures().isEmpty()) gaps.add(Gap.of("noMeasures", "measures"));
        if (template.indicators() && content.indicators().isEmpty()) gaps.add(Gap.of("noIndicators", "indicators"));
        int n = 0;
        for (Content.Task task : content.tasks()) {
            n++;
            if (content.measuresOf(task.id()).isEmpty())
                gaps.add(Gap.of("taskWithoutMeasure", "task:" + task.id(), String.valueOf(n)));
        }
        n = 0;
        for (Content.Measure m : content.measures()) measure(m, ++n, from, to, gaps);
        targets(template, content, gaps);
        n = 0;
        for (Content.Target t : content.indicators()) {
            String name = t.name().isBlank() ? "№ " + ++n : t.name();
            if (t.baseline() == null) gaps.add(Gap.of("indicatorWithoutBaseline", "indicator:" + t.id(), name));
            if (t.target() == null) gaps.add(Gap.of("indicatorWithoutTarget", "indicator:" + t.id(), name));
        }
        return gaps;
    }

    private static void measure(Content.Measure m, int n, LocalDate from, LocalDate to, List<Gap> gaps) {
        String anchor = "measure:" + m.id();
        String name = m.title().isBlank() ? "№ " + n : m.title();
        if (m.title().isBlank()) gaps.add(Gap.of("measureWithoutTitle", anchor, String.valueOf(n)));
        if (m.due() == null) gaps.add(Gap.of("measureWithoutDue", anchor, name));
        else if (m.due().isBefore(from) || m.due().isAfter(to))
            gaps.add(Gap.of("measureDueOutsidePeriod", anchor, name, m.due().toString()));
        if (m.start() != null && m.due() != null && m.start().isAfter(m.due()))
            gaps.add(Gap.of("measureStartsAfterDue", anchor, name));
        if (m.responsible().isBlank()) gaps.add(Gap.of("measureWithoutResponsible", anchor, name));
    }

    private static void targets(Template template, Content content, List<Gap> gaps) {
        if (!template.targets()) return;
        for (Content.Measure m : content.measures())
            if (m.schools().isEmpty())
                gaps.add(Gap.of(
                        "measureWithoutSchools", "measure:" + m.id(), m.title().isBlank() ? "—" : m.title()));
    }

    /** The school's plan as a whole: a chosen risk without an anti-risk programme is a gap. */
    public static List<Gap> checkSchool(List<String> chosenRisks, Set<String> risksWithProgramme) {
        var gaps = new ArrayList<Gap>();
        var seen = new HashSet<String>();
        for (String risk : chosenRisks)
            if (seen.add(risk) && !risksWithProgramme.contains(risk))
                gaps.add(Gap.of("riskWithoutProgramme", "risk:" + risk, risk));
        return gaps;
    }
}
