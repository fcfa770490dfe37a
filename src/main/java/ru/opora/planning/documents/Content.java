package ru.opora.planning.documents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A document's structured content (stored as JSON, docs/domain.md §7): text sections by code, tasks,
 * measures (each may belong to a task) and indicators with baseline and target. Ids are stable across
 * versions, so that a diff, a remark and an executed measure can follow a row as it is edited.
 */
public record Content(Map<String, String> sections, List<Task> tasks, List<Measure> measures, List<Target> indicators) {

    public Content {
        sections = new LinkedHashMap<>(sections);
        tasks = List.copyOf(tasks);
        measures = List.copyOf(measures);
        indicators = List.copyOf(indicators);
    }

    public static Content empty() {
        return new Content(Map.of(), List.of(), List.of(), List.of());
    }

    public String section(String code) {
        return sections.getOrDefault(code, "");
    }

    /** A task (задача) of a programme. */
    public record Task(String id, String text) {}

    /**
     * A measure (мероприятие): a row of a programme's plan or of a roadmap; a municipal roadmap's row
     * names the schools it targets by code (empty elsewhere, and in versions written before).
     */
    public record Measure(
            String id,
            @Nullable String taskId,
            String title,
            @Nullable LocalDate start,
            @Nullable LocalDate due,
            String responsible,
            String participants,
            String expectedResult,
            String evidenceForm,
            List<String> schools) {

        public Measure {
            schools = schools == null ? List.of() : List.copyOf(schools);
        }
    }

    /**
     * An indicator (показатель) with its unit, baseline and target values; {@code code} names the
     * region's monitoring indicator it is (null when the school wrote its own), so that monitoring
     * shows the programme's target beside the measured values.
     */
    public record Target(
            String id,
            String name,
            String unit,
            @Nullable Double baseline,
            @Nullable Double target,
            @Nullable String code) {

        public Target(String id, String name, String unit, @Nullable Double baseline, @Nullable Double target) {
            this(id, name, unit, baseline, target, null);
        }

        /** A value as Russian readers write it: «38», «12,5», «—» when missing. */
        public static String format(@Nullable Double value) {
            return value == null ? "—" : ru.opora.shared.Formats.plain(value);
        }
    }

    public List<Measure> measuresOf(String taskId) {
        return measures.stream().filter(m -> taskId.equals(m.taskId())).toList();
    }
}
