package ru.opora.reporting.notes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;

/** The catalogue of analytical notes through the API, in the caller's scope as on the pages. */
@RestController
@Tag(name = "Аналитические справки")
class NoteApi {

    record NoteView(
            UUID id,
            String title,
            String unit,
            int year,
            @Nullable UUID campaign,
            List<VersionView> versions) {}

    /** A note of the catalogue: read with the catalogue in one query, its versions on its own address. */
    record NoteLine(
            UUID id, String title, int year, @Nullable UUID campaign, int versions, Instant lastIssued) {}

    record VersionView(int number, String issuedBy, Instant issuedAt, String docx, String pdf) {}

    private final NotePages pages;

    NoteApi(NotePages pages) {
        this.pages = pages;
    }

    @GetMapping("/api/v1/reporting/notes")
    @Operation(summary = "Аналитические справки области видимости, новые годы первыми")
    List<NoteLine> notes(Scope scope, Authentication who) {
        return pages.catalogue(scope, who).notes().stream()
                .map(n -> new NoteLine(n.id(), n.title(), n.year(), n.campaign(), n.versions(), n.lastIssued()))
                .toList();
    }

    @GetMapping("/api/v1/reporting/notes/{id}")
    @Operation(summary = "Справка: её версии со ссылками на DOCX и PDF")
    NoteView note(@PathVariable UUID id, Scope scope, Authentication who) {
        return view(id, scope, who);
    }

    private NoteView view(UUID id, Scope scope, Authentication who) {
        var page = pages.note(id, scope, who);
        var base = "/reporting/notes/" + id + "/versions/";
        return new NoteView(
                id,
                page.note().title(),
                page.unit(),
                page.note().year(),
                page.note().campaign(),
                page.versions().stream()
                        .map(v -> new VersionView(
                                v.number(),
                                page.person(v.issuedBy()),
                                v.issuedAt(),
                                base + v.number() + ".docx",
                                base + v.number() + ".pdf"))
                        .toList());
    }
}
