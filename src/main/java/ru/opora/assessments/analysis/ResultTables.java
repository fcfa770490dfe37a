package ru.opora.assessments.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.assessments.gia.SchoolGia;
import ru.opora.shared.Formats;
import ru.opora.shared.Table;

/** The results pages' tables as Excel tables: the same columns, headers in the reader's language. */
@Component
class ResultTables {

    private final MessageSource messages;

    ResultTables(MessageSource messages) {
        this.messages = messages;
    }

    Table measures(String title, String firstHeader, List<Measures> lines, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (Measures m : lines)
            rows.add(Arrays.asList(
                    m.name(),
                    m.participants(),
                    r(m.share2()),
                    r(m.uspevaemost()),
                    r(m.kachestvo()),
                    r(m.meanMark()),
                    r(m.meanPercent()),
                    m.withJournal() == 0 ? null : r(m.lowered()),
                    m.withJournal() == 0 ? null : r(m.confirmed()),
                    m.withJournal() == 0 ? null : r(m.raised())));
        var headers = new ArrayList<String>();
        headers.add(firstHeader);
        headers.addAll(headers(
                locale,
                "results.participants",
                "results.share2",
                "results.uspevaemost",
                "results.kachestvo",
                "results.meanMark",
                "results.meanPercent",
                "results.lowered",
                "results.confirmed",
                "results.raised"));
        return new Table(title, headers, rows);
    }

    /** Task lines; {@code ownHeader} names the first rate's column (school or class), {@code middleHeader} the second. */
    Table tasks(List<TaskLine> tasks, String ownHeader, String middleHeader, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (TaskLine t : tasks)
            rows.add(Arrays.asList(
                    Table.numberIfWhole(t.number()),
                    t.skill(),
                    t.maxScore(),
                    r(t.school()),
                    r(t.municipality()),
                    r(t.region()),
                    t.lowAbsolute() ? msg("results.low.absolute", locale) : null,
                    t.lowRelative() ? msg("results.low.relative", locale) : null));
        var headers = new ArrayList<String>(headers(locale, "results.task", "results.skill", "results.maxScore"));
        headers.add(ownHeader);
        headers.add(middleHeader);
        headers.addAll(headers(locale, "results.regionLabel", "results.low.absolute", "results.low.relative"));
        return new Table(msg("results.taskRates", locale), headers, rows);
    }

    Table schools(String title, List<ResultPages.SchoolLine> lines, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (var s : lines) {
            var m = s.measures();
            rows.add(Arrays.asList(
                    s.code(),
                    s.name(),
                    s.municipality(),
                    m.participants(),
                    r(m.share2()),
                    s.share2Change(),
                    r(m.uspevaemost()),
                    r(m.kachestvo()),
                    r(m.meanMark()),
                    r(m.meanPercent())));
        }
        return new Table(
                title,
                headers(
                        locale,
                        "school.code",
                        "results.school",
                        "school.municipality",
                        "results.participants",
                        "results.share2",
                        "results.share2Change",
                        "results.uspevaemost",
                        "results.kachestvo",
                        "results.meanMark",
                        "results.meanPercent"),
                rows);
    }

    Table gia(List<SchoolGia> lines, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (var g : lines)
            rows.add(Arrays.asList(
                    msg("assessment.kind." + g.exam(), locale),
                    g.year(),
                    g.subjectName(),
                    g.participants(),
                    r(g.belowMinimumShare()),
                    r(g.regionBelowMinimumShare()),
                    r(g.meanScore()),
                    r(g.regionMeanScore())));
        return new Table(
                msg("results.gia", locale),
                headers(
                        locale,
                        "gia.exam",
                        "results.year",
                        "gia.subject",
                        "results.participants",
                        "results.gia.belowSchool",
                        "results.gia.belowRegion",
                        "results.gia.meanSchool",
                        "results.gia.meanRegion"),
                rows);
    }

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> msg(k, locale)).toList();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static double r(double v) {
        return Double.isNaN(v) ? 0 : Formats.round(v, 1);
    }
}
