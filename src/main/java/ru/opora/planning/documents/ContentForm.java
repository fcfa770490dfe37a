package ru.opora.planning.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * Reads the editor's form into {@link Content}. Rows are parallel fields (a table's columns); a row
 * with nothing typed is skipped, a new row gets a new id, and a date or a number that cannot be read
 * is reported with its table, row and column instead of being dropped.
 */
final class ContentForm {

    /** A value the form could not read: the table, the row (from 1), the column and the text. */
    record Problem(String table, int row, String column, String value) {}

    record Parsed(Content content, List<Problem> problems) {}

    private ContentForm() {}

    /**
     * @param catalogue the region's monitoring indicators by code: a row that names one takes its
     *     name and unit when they are left blank; an unknown code is dropped
     */
    static Parsed parse(
            Template template,
            MultiValueMap<String, String> form,
            java.util.Map<String, ru.opora.planning.ProgrammeIndicators.Option> catalogue) {
        var problems = new ArrayList<Problem>();
        var sections = new LinkedHashMap<String, String>();
        for (String s : template.sections())
            sections.put(s, value(form, "section_" + s, 0).strip());
        var tasks = new ArrayList<Content.Task>();
        for (int i = 0; i < size(form, "task_text"); i++) {
            String text = value(form, "task_text", i).strip();
            if (!text.isEmpty()) tasks.add(new Content.Task(id(form, "task_id", i), text));
        }
        var measures = new ArrayList<Content.Measure>();
        for (int i = 0; i < size(form, "m_title"); i++) {
            if (blankRow(form, i, "m_title", "m_due", "m_responsible", "m_start")) continue;
            int row = measures.size() + 1;
            measures.add(new Content.Measure(
                    id(form, "m_id", i),
                    task(tasks, value(form, "m_task", i), row, problems),
                    value(form, "m_title", i).strip(),
                    date(value(form, "m_start", i), row, "start", problems),
                    date(value(form, "m_due", i), row, "due", problems),
                    value(form, "m_responsible", i).strip(),
                    value(form, "m_participants", i).strip(),
                    value(form, "m_result", i).strip(),
                    value(form, "m_evidence", i).strip(),
                    codes(value(form, "m_schools", i))));
        }
        var indicators = new ArrayList<Content.Target>();
        for (int i = 0; i < size(form, "i_name"); i++) {
            if (blankRow(form, i, "i_name", "i_baseline", "i_target", "i_code")) continue;
            int row = indicators.size() + 1;
            var option = catalogue.get(value(form, "i_code", i).strip());
            String name = value(form, "i_name", i).strip();
            String unit = value(form, "i_unit", i).strip();
            indicators.add(new Content.Target(
                    id(form, "i_id", i),
                    name.isEmpty() && option != null ? option.name() : name,
                    unit.isEmpty() && option != null ? option.unit() : unit,
                    number(value(form, "i_baseline", i), row, "baseline", problems),
                    number(value(form, "i_target", i), row, "target", problems),
                    option == null ? null : option.code()));
        }
        return new Parsed(new Content(sections, tasks, measures, indicators), problems);
    }

    private static @Nullable String task(List<Content.Task> tasks, String number, int row, List<Problem> problems) {
        if (number.isBlank()) return null;
        try {
            int n = Integer.parseInt(number.strip());
            if (n >= 1 && n <= tasks.size()) return tasks.get(n - 1).id();
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem("measures", row, "task", number));
        return null;
    }

    private static @Nullable LocalDate date(String text, int row, String column, List<Problem> problems) {
        if (text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            } catch (DateTimeParseException again) {
                problems.add(new Problem("measures", row, column, text));
                return null;
            }
        }
    }

    private static @Nullable Double number(String text, int row, String column, List<Problem> problems) {
        if (text.isBlank()) return null;
        try {
            return Double.parseDouble(text.replace(',', '.').replaceAll("[\\s\\u00a0]", ""));
        } catch (NumberFormatException e) {
            problems.add(new Problem("indicators", row, column, text));
            return null;
        }
    }

    /** School codes separated by commas, semicolons or spaces. */
    private static List<String> codes(String text) {
        return java.util.Arrays.stream(text.split("[,;\\s]+"))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
    }

    private static boolean blankRow(MultiValueMap<String, String> form, int i, String... fields) {
        for (String f : fields) if (!value(form, f, i).isBlank()) return false;
        return true;
    }

    private static String id(MultiValueMap<String, String> form, String field, int i) {
        String id = value(form, field, i).strip();
        return id.isEmpty() ? UUID.randomUUID().toString() : id;
    }

    private static int size(MultiValueMap<String, String> form, String field) {
        var values = form.get(field);
        return values == null ? 0 : values.size();
    }

    static String value(MultiValueMap<String, String> form, String field, int i) {
        var values = form.get(field);
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }
}
