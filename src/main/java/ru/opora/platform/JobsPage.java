package ru.opora.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;
import ru.opora.shared.Table;
import ru.opora.shared.jobs.BackgroundJobs;
import tools.jackson.databind.JsonNode;

/** The region's background jobs as the page and its Excel export show them. */
@Component
class JobsPage {

    private static final int LISTED = 200;

    /** A job as a line: what, from which file, by whom, where it is, and its outcome in words. */
    record Line(BackgroundJobs.Job job, String kind, String status, String outcome) {}

    private final BackgroundJobs jobs;
    private final MessageSource messages;

    JobsPage(BackgroundJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    List<Line> lines(Scope scope, Locale locale) {
        if (scope.isEmpty()) return List.of();
        return jobs.ofRegion(scope.regionId(), LISTED).stream()
                .map(j -> new Line(
                        j,
                        msg("jobs.kind." + j.kind(), locale),
                        msg("jobs.status." + j.status().name(), locale),
                        outcome(j, locale)))
                .toList();
    }

    Table table(Scope scope, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (Line l : lines(scope, locale))
            rows.add(Arrays.asList(
                    Formats.dateTime(l.job().createdAt()),
                    l.kind(),
                    l.job().fileName(),
                    l.job().owner(),
                    l.status(),
                    l.job().percent(),
                    l.outcome()));
        var headers = Table.headers(
                messages,
                locale,
                "jobs.created",
                "jobs.kind",
                "jobs.file",
                "jobs.owner",
                "jobs.status",
                "jobs.progress",
                "jobs.outcome");
        return new Table(msg("jobs.title", locale), headers, rows);
    }

    /** The failure's reason, or the report's rows and problems (a results or risk job nests its report). */
    private String outcome(BackgroundJobs.Job j, Locale locale) {
        if (j.incident() != null) return j.incident();
        JsonNode result = j.result();
        if (result == null) return "";
        JsonNode report = result.has("report") ? result.get("report") : result;
        if (!report.has("dataRows")) return "";
        return messages.getMessage(
                "jobs.rows",
                new Object[] {
                    report.get("dataRows").asInt(), report.get("problemCount").asInt()
                },
                locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
