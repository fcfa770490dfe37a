package ru.opora.support.curators;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;

/** A school's curator visits: everyone in scope reads them; the curator of an assigned school records them. */
@Component
class VisitPages {

    /** The visit form as typed. */
    record VisitForm(
            @Nullable String date,
            @Nullable String format,
            @Nullable String purpose,
            @Nullable String findings,
            @Nullable String recommendations) {}

    /** A file attached to a visit, as it was uploaded. */
    record Attachment(String name, @Nullable String contentType, long size, InputStreamSource content) {}

    /** The school's visits with the form; {@code problems} are «key» or «key|argument». */
    record Page(
            OrgUnitRef school,
            List<Visits.Visit> visits,
            List<Visits.Attachment> attachments,
            VisitForm form,
            List<String> problems) {}

    /** A stored attachment to send back: its name and its bytes. */
    record File(String name, InputStream content) {}

    private final Visits visits;
    private final SupportDirectory directory;
    private final Clock clock;

    VisitPages(Visits visits, SupportDirectory directory, Clock clock) {
        this.visits = visits;
        this.directory = directory;
        this.clock = clock;
    }

    Page page(UUID id, Scope scope) {
        return page(
                directory.school(id, scope),
                new VisitForm(LocalDate.now(clock).toString(), "ON_SITE", "", "", ""),
                List.of());
    }

    /** Records the visit (and its file); returns the page back with the problems when something is wrong, or null. */
    @Nullable
    Page record(UUID id, VisitForm form, @Nullable Attachment attachment, Scope scope, String user) throws IOException {
        var school = directory.school(id, scope);
        var problems = new ArrayList<String>();
        if (attachment != null) {
            byte[] head;
            try (var in = attachment.content().getInputStream()) {
                head = in.readNBytes(8);
            }
            visits.check(attachment.name(), attachment.size(), head)
                    .ifPresent(r -> problems.add(r.code() + "|" + r.argument()));
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(form.date() == null ? "" : form.date().strip());
            if (date.isAfter(LocalDate.now(clock))) problems.add("support.visit.error.future");
        } catch (DateTimeParseException e) {
            problems.add("support.visit.error.date");
        }
        if (form.purpose() == null || form.purpose().isBlank()) problems.add("support.visit.error.purpose");
        if (!problems.isEmpty() || date == null) return page(school, form, problems);
        UUID visitId = UUID.randomUUID();
        visits.record(
                school,
                new Visits.Visit(
                        visitId,
                        user,
                        date,
                        "ONLINE".equals(form.format()) ? "ONLINE" : "ON_SITE",
                        form.purpose().strip(),
                        form.findings() == null ? "" : form.findings().strip(),
                        form.recommendations() == null
                                ? ""
                                : form.recommendations().strip()));
        if (attachment != null)
            try (var in = attachment.content().getInputStream()) {
                visits.attach(visitId, attachment.name(), attachment.contentType(), attachment.size(), in);
            }
        return null;
    }

    /** An attachment of a visit to a school of the reader's scope. */
    File file(UUID id, Scope scope) {
        var f = visits.file(id).filter(x -> scope.permits(x.schoolPath())).orElseThrow(NotFound::new);
        return new File(f.name(), visits.open(f.storedName()));
    }

    private Page page(OrgUnitRef school, VisitForm form, List<String> problems) {
        return new Page(school, visits.of(school.id()), visits.attachments(school.id()), form, problems);
    }
}
