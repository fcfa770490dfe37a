package ru.opora.planning.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions, place by place: a section's text, a task, a measure's fields,
 * an indicator's values. Rows are matched by id, so a moved or edited row is a change, not a removal
 * and an addition.
 */
public final class VersionDiff {

    private VersionDiff() {}

    /** A change: its kind (ADDED, REMOVED, CHANGED), the kind of place, the place's name, and the text before and after. */
    public record Change(String kind, String place, String name, String before, String after) {}

    public static List<Change> between(Content a, Content b) {
        var changes = new ArrayList<Change>();
        var sections = new java.util.LinkedHashSet<String>(a.sections().keySet());
        sections.addAll(b.sections().keySet());
        for (String s : sections)
            if (!a.section(s).equals(b.section(s)))
                changes.add(new Change("CHANGED", "section", s, a.section(s), b.section(s)));
        new Rows<Content.Task>("task", Content.Task::id, Content.Task::text, Content.Task::text)
                .compare(a.tasks(), b.tasks(), changes);
        new Rows<Content.Measure>("measure", Content.Measure::id, Content.Measure::title, VersionDiff::measure)
                .compare(a.measures(), b.measures(), changes);
        new Rows<Content.Target>("indicator", Content.Target::id, Content.Target::name, VersionDiff::target)
                .compare(a.indicators(), b.indicators(), changes);
        return changes;
    }

    /** How rows of one table are matched (by id), named and shown. */
    private record Rows<T>(String place, Function<T, String> id, Function<T, String> name, Function<T, String> text) {

        void compare(List<T> before, List<T> after, List<Change> changes) {
            Map<String, T> old = new LinkedHashMap<>();
            for (T t : before) old.put(id.apply(t), t);
            for (T t : after) {
                T was = old.remove(id.apply(t));
                if (was == null) changes.add(new Change("ADDED", place, name.apply(t), "", text.apply(t)));
                else if (!Objects.equals(text.apply(was), text.apply(t)))
                    changes.add(new Change("CHANGED", place, name.apply(t), text.apply(was), text.apply(t)));
            }
            for (T t : old.values()) changes.add(new Change("REMOVED", place, name.apply(t), text.apply(t), ""));
        }
    }

    private static String measure(Content.Measure m) {
        return m.title() + "; " + (m.start() == null ? "" : m.start() + "–") + (m.due() == null ? "—" : m.due()) + "; "
                + m.responsible() + (m.participants().isBlank() ? "" : "; " + m.participants())
                + (m.expectedResult().isBlank() ? "" : "; " + m.expectedResult())
                + (m.evidenceForm().isBlank() ? "" : "; " + m.evidenceForm());
    }

    private static String target(Content.Target t) {
        return t.name() + ": " + Content.Target.format(t.baseline()) + " → " + Content.Target.format(t.target()) + " "
                + t.unit();
    }
}
