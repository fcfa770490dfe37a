package ru.opora.reporting.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.monitoring.CampaignSummaries;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.shared.Formats;

/**
 * What a note on a round of monitoring says: the official heading, the indicators' means at each
 * of the cohort's campaigns beside the target with how many schools reached it, progressed, stood
 * still or went back, a chart of the percentage indicators by campaign, then the methodist's
 * conclusions and recommendations (drafted from the same figures).
 */
@Component
class MonitoringNoteContent {

    private final MessageSource messages;

    MonitoringNoteContent(MessageSource messages) {
        this.messages = messages;
    }

    String title(CampaignSummaries.Summary s, OrgUnitRef unit, Locale locale) {
        return msg(locale, "reporting.monitoring.title", s.campaign().title(), unit.name());
    }

    List<Blocks> blocks(CampaignSummaries.Summary s, OrgUnitRef unit, NoteContent.Issue issue, Locale locale) {
        var blocks = new ArrayList<Blocks>();
        blocks.add(new Blocks.Heading(msg(locale, "reporting.note.heading"), 0));
        blocks.add(new Blocks.Centered(
                msg(locale, "reporting.monitoring.subheading", s.campaign().title())));
        blocks.add(new Blocks.Centered(unit.name()));
        blocks.add(new Blocks.Paragraph(msg(locale, "reporting.note.date", Formats.date(issue.on()), issue.version())));
        blocks.add(new Blocks.Heading(msg(locale, "reporting.monitoring.section.indicators"), 1));
        blocks.add(new Blocks.Paragraph(msg(
                locale,
                "reporting.monitoring.summary",
                s.schools(),
                s.campaigns().size())));
        blocks.add(table(s, locale));
        var percent = s.lines().stream()
                .filter(CampaignSummaries.IndicatorLine::percent)
                .toList();
        if (!percent.isEmpty()) {
            blocks.add(new Blocks.Heading(msg(locale, "reporting.monitoring.section.chart"), 1));
            var series = new ArrayList<Blocks.Series>();
            for (int k = 0; k < s.campaigns().size(); k++) {
                int at = k;
                series.add(new Blocks.Series(
                        s.campaigns().get(k),
                        percent.stream()
                                .mapToDouble(l -> value(l.means().get(at)))
                                .toArray()));
            }
            blocks.add(new Blocks.Chart(
                    msg(locale, "reporting.monitoring.chart"),
                    percent.stream().map(CampaignSummaries.IndicatorLine::name).toList(),
                    series));
        }
        blocks.add(new Blocks.Heading(msg(locale, "reporting.monitoring.section.conclusions"), 1));
        NoteContent.lines(issue.conclusions(), blocks);
        blocks.add(new Blocks.Heading(msg(locale, "reporting.monitoring.section.recommendations"), 1));
        NoteContent.lines(issue.recommendations(), blocks);
        blocks.add(new Blocks.Paragraph(msg(locale, "reporting.note.author", issue.author())));
        return blocks;
    }

    private Blocks.Table table(CampaignSummaries.Summary s, Locale locale) {
        var headers = new ArrayList<String>();
        headers.add(msg(locale, "reporting.monitoring.col.indicator"));
        headers.add(msg(locale, "reporting.monitoring.col.target"));
        headers.addAll(s.campaigns());
        for (String key : List.of("reached", "progress", "noProgress", "worse", "noData"))
            headers.add(msg(locale, "reporting.monitoring.col." + key));
        var rows = new ArrayList<List<String>>();
        for (var l : s.lines()) {
            var row = new ArrayList<String>();
            row.add(l.name());
            row.add(l.target() == null ? "—" : Formats.plain(l.target()));
            for (Double m : l.means()) row.add(Formats.number(m, 1));
            for (int n : new int[] {l.reached(), l.progress(), l.noProgress(), l.worse(), l.noData()})
                row.add(String.valueOf(n));
            rows.add(row);
        }
        return new Blocks.Table(headers, rows);
    }

    /** The first draft of the conclusions: each indicator's first and latest mean against its target. */
    String conclusions(CampaignSummaries.Summary s, Locale locale) {
        var text = new StringBuilder();
        for (var l : s.lines()) {
            Double first =
                    l.means().stream().filter(Objects::nonNull).findFirst().orElse(null);
            Double last = l.means().isEmpty() ? null : l.means().getLast();
            if (first == null && last == null) continue;
            text.append(msg(
                            locale,
                            "reporting.monitoring.draft.line",
                            l.name(),
                            Formats.number(first, 1),
                            Formats.number(last, 1),
                            l.target() == null ? "—" : Formats.plain(l.target()),
                            l.reached(),
                            s.schools()))
                    .append('\n');
        }
        return text.isEmpty()
                ? msg(locale, "reporting.monitoring.draft.none")
                : text.toString().strip();
    }

    /** The first draft of the recommendations: the indicators that went back or stood still at most schools. */
    String recommendations(CampaignSummaries.Summary s, Locale locale) {
        var text = new StringBuilder();
        for (var l : s.lines()) {
            if (l.worse() > 0) text.append(msg(locale, "reporting.monitoring.draft.worse", l.name(), l.worse()));
            else if (l.noProgress() * 2 > s.schools())
                text.append(msg(locale, "reporting.monitoring.draft.still", l.name(), l.noProgress()));
            else continue;
            text.append('\n');
        }
        text.append(msg(locale, "reporting.monitoring.draft.next"));
        return text.toString().strip();
    }

    private static double value(@Nullable Double mean) {
        return mean == null ? 0 : Formats.round(mean, 1);
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
