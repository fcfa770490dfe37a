package ru.opora.people.mentoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.shared.NotFound;
import ru.opora.shared.Table;

/** The mentoring page's tables for Excel: {@code pairs}, {@code plan} (every measure of every pair) and {@code observations}. */
@Component
class MentoringTables {

    private final MessageSource messages;

    MentoringTables(MessageSource messages) {
        this.messages = messages;
    }

    Table of(MentoringPages.Page page, String which, Locale locale) {
        return switch (which) {
            case "pairs" -> pairs(page, locale);
            case "plan" -> plan(page, locale);
            case "observations" -> observations(page, locale);
            default -> throw new NotFound();
        };
    }

    private Table pairs(MentoringPages.Page page, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (var p : page.pairs())
            rows.add(Arrays.asList(
                    page.name(p.mentorId()),
                    page.name(p.menteeId()),
                    msg("people.mentoring.form." + p.form(), locale),
                    p.starts(),
                    p.ends(),
                    p.goal(),
                    p.done() + " / " + p.plan().size()));
        return new Table(
                page.school().name(),
                headers(
                        locale,
                        "people.mentoring.mentor",
                        "people.mentoring.mentee",
                        "people.mentoring.formLabel",
                        "people.mentoring.starts",
                        "people.mentoring.ends",
                        "people.mentoring.goal",
                        "people.mentoring.progress"),
                rows);
    }

    private Table plan(MentoringPages.Page page, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (var p : page.pairs())
            for (var i : p.plan())
                rows.add(Arrays.asList(
                        page.name(p.menteeId()), i.title(), i.due(), i.done(), i.result(), i.overdue(page.today())));
        return new Table(
                page.school().name(),
                headers(
                        locale,
                        "people.mentoring.mentee",
                        "people.mentoring.measure",
                        "people.mentoring.due",
                        "people.mentoring.doneOn",
                        "people.mentoring.result",
                        "people.mentoring.overdue"),
                rows);
    }

    private Table observations(MentoringPages.Page page, Locale locale) {
        var rows = new ArrayList<List<?>>();
        for (var o : page.observations())
            rows.add(Arrays.asList(
                    o.observedOn(),
                    page.name(o.teacherId()),
                    page.name(o.observerId()),
                    msg("people.observation.purpose." + o.purpose(), locale),
                    o.classLabel(),
                    page.subject(o.subjectCode()),
                    o.total(),
                    o.percent(),
                    o.comments()));
        return new Table(
                page.school().name(),
                headers(
                        locale,
                        "people.card.date",
                        "people.teacher",
                        "people.observation.observer",
                        "people.observation.purposeLabel",
                        "people.class",
                        "people.subject",
                        "people.observation.total",
                        "people.observation.percent",
                        "people.observation.comments"),
                rows);
    }

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> msg(k, locale)).toList();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
