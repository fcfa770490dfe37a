package ru.opora.reporting.notes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.shared.Formats;

/**
 * What a note says, block by block: the official heading, the summary table, a chart of marks per
 * assessment beside the region, the low-solve-rate tasks with their skills, the ШНОР and the
 * schools in doubt, then the methodist's conclusions and recommendations. Also the first draft of
 * those two sections, which the methodist edits before issuing.
 */
@Component
class NoteContent {

    private final MessageSource messages;

    NoteContent(MessageSource messages) {
        this.messages = messages;
    }

    /** The note's title: «Аналитическая справка по результатам ВПР 2026 года: …». */
    String title(NoteFigures.Figures f, Locale locale) {
        return msg(
                locale,
                "reporting.note.title",
                String.valueOf(f.year()),
                f.unit().name());
    }

    List<Blocks> blocks(NoteFigures.Figures f, Issue issue, Locale locale) {
        var blocks = new ArrayList<Blocks>();
        blocks.add(new Blocks.Heading(msg(locale, "reporting.note.heading"), 0));
        blocks.add(new Blocks.Centered(msg(locale, "reporting.note.subheading", String.valueOf(f.year()))));
        blocks.add(new Blocks.Centered(f.unit().name()));
        blocks.add(new Blocks.Paragraph(msg(locale, "reporting.note.date", Formats.date(issue.on()), issue.version())));
        summary(f, blocks, locale);
        charts(f, blocks, locale);
        low(f, blocks, locale);
        schools(f, blocks, locale);
        blocks.add(new Blocks.Heading(msg(locale, "reporting.note.section.conclusions"), 1));
        lines(issue.conclusions(), blocks);
        blocks.add(new Blocks.Heading(msg(locale, "reporting.note.section.recommendations"), 1));
        lines(issue.recommendations(), blocks);
        blocks.add(new Blocks.Paragraph(msg(locale, "reporting.note.author", issue.author())));
        return blocks;
    }

    /** Who issues which version when, with the two written sections. */
    record Issue(int version, LocalDate on, String author, String conclusions, String recommendations) {}

    private void summary(NoteFigures.Figures f, List<Blocks> blocks, Locale locale) {
        blocks.add(new Blocks.Heading(msg(locale, "reporting.note.section.summary"), 1));
        blocks.add(new Blocks.Paragraph(msg(
                locale,
                "reporting.note.summary",
                String.valueOf(f.year()),
                Formats.integer(f.works()),
                f.written().size())));
        var rows = new ArrayList<List<String>>();
        for (var w : f.written())
            rows.add(List.of(
                    msg(locale, "reporting.note.assessment", w.subject(), w.grade()),
                    String.valueOf(w.schools()),
                    Formats.integer(w.works()),
                    Formats.number(w.shares()[0], 1),
                    Formats.number(w.shares()[1], 1),
                    Formats.number(w.shares()[2], 1),
                    Formats.number(w.shares()[3], 1),
                    both(w.success(), w.regionSuccess()),
                    both(w.quality(), w.regionQuality())));
        blocks.add(new Blocks.Table(
                List.of(
                        msg(locale, "reporting.note.col.assessment"),
                        msg(locale, "reporting.note.col.schools"),
                        msg(locale, "reporting.note.col.works"),
                        "«2», %",
                        "«3», %",
                        "«4», %",
                        "«5», %",
                        msg(locale, "reporting.note.col.success"),
                        msg(locale, "reporting.note.col.quality")),
                rows));
    }

    private void charts(NoteFigures.Figures f, List<Blocks> blocks, Locale locale) {
        blocks.add(new Blocks.Heading(msg(locale, "reporting.note.section.marks"), 1));
        for (var w : f.written())
            blocks.add(new Blocks.Chart(
                    msg(locale, "reporting.note.assessment", w.subject(), w.grade()),
                    List.of("«2»", "«3»", "«4»", "«5»"),
                    List.of(
                            new Blocks.Series(f.unit().name(), w.shares()),
                            new Blocks.Series(msg(locale, "reporting.note.region"), w.regionShares()))));
    }

    private void low(NoteFigures.Figures f, List<Blocks> blocks, Locale locale) {
        blocks.add(new Blocks.Heading(msg(locale, "reporting.note.section.low"), 1));
        boolean any = false;
        for (var w : f.written()) {
            if (w.low().isEmpty()) continue;
            any = true;
            blocks.add(new Blocks.Paragraph(msg(locale, "reporting.note.assessment", w.subject(), w.grade())));
            blocks.add(new Blocks.Table(
                    List.of(
                            msg(locale, "reporting.note.col.task"),
                            msg(locale, "reporting.note.col.skill"),
                            msg(locale, "reporting.note.col.rate"),
                            msg(locale, "reporting.note.col.regionRate")),
                    w.low().stream()
                            .map(t -> List.of(
                                    t.number(),
                                    t.skill(),
                                    Formats.number(t.rate(), 1),
                                    Formats.number(t.regionRate(), 1)))
                            .toList()));
        }
        if (!any) blocks.add(new Blocks.Paragraph(msg(locale, "reporting.note.noLow")));
    }

    private void schools(NoteFigures.Figures f, List<Blocks> blocks, Locale locale) {
        blocks.add(new Blocks.Heading(msg(locale, "reporting.note.section.schools"), 1));
        blocks.add(new Blocks.Paragraph(
                msg(locale, "reporting.note.shnor", f.shnor().size())));
        f.shnor().forEach(s -> blocks.add(new Blocks.Paragraph("— " + s)));
        blocks.add(new Blocks.Paragraph(
                msg(locale, "reporting.note.inDoubt", f.inDoubt().size(), String.valueOf(f.year()))));
        f.inDoubt().forEach(s -> blocks.add(new Blocks.Paragraph("— " + s)));
    }

    /** The first draft of the conclusions: per assessment, the «2» and the quality beside the region, the low tasks. */
    String conclusions(NoteFigures.Figures f, Locale locale) {
        var text = new StringBuilder();
        for (var w : f.written())
            text.append(msg(
                            locale,
                            "reporting.note.draft.conclusion",
                            msg(locale, "reporting.note.assessment", w.subject(), w.grade()),
                            Formats.number(w.shares()[0], 1),
                            Formats.number(w.regionShares()[0], 1),
                            Formats.number(w.quality(), 1),
                            Formats.number(w.regionQuality(), 1),
                            w.low().size()))
                    .append('\n');
        return text.toString().strip();
    }

    /** The first draft of the recommendations: work on the skills behind the low tasks, support for the ШНОР. */
    String recommendations(NoteFigures.Figures f, Locale locale) {
        var skills = new java.util.LinkedHashSet<String>();
        f.written()
                .forEach(w -> w.low().forEach(t -> {
                    if (!t.skill().isBlank()) skills.add(t.skill());
                }));
        var text = new StringBuilder();
        if (!skills.isEmpty())
            text.append(msg(
                            locale,
                            "reporting.note.draft.skills",
                            String.join("; ", skills.stream().limit(8).toList())))
                    .append('\n');
        if (!f.shnor().isEmpty())
            text.append(msg(locale, "reporting.note.draft.shnor")).append('\n');
        if (!f.inDoubt().isEmpty())
            text.append(msg(locale, "reporting.note.draft.objectivity")).append('\n');
        text.append(msg(locale, "reporting.note.draft.next"));
        return text.toString().strip();
    }

    static void lines(String text, List<Blocks> blocks) {
        for (String line : text.split("\\R")) if (!line.isBlank()) blocks.add(new Blocks.Paragraph(line.strip()));
    }

    private static String both(double value, double region) {
        return Formats.number(value, 1) + " (" + Formats.number(region, 1) + ")";
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
