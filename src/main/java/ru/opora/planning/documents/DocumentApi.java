package ru.opora.planning.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/**
 * The schools' documents through the API: the list in the caller's scope (metadata), one document
 * with its content, history and versions, and its DOCX in the official layout. The reader's scope
 * and role are checked as on the pages ({@link DocumentAccess}).
 */
@RestController
@RequestMapping("/api/v1/planning/documents")
@Tag(name = "Документы", description = "Концепции, программы, антирисковые программы, дорожные карты школ")
class DocumentApi {

    /** A document as a list names it. */
    record Line(
            UUID id,
            UUID schoolId,
            @Nullable String schoolName,
            int year,
            DocumentType type,
            String title,
            LocalDate periodFrom,
            LocalDate periodTo,
            DocumentStatus status,
            int version,
            String updatedBy,
            Instant updatedAt) {}

    /** A document whole: its metadata, content, the history of its states and its versions. */
    record Whole(Line document, Content content, List<DocumentEvent> history, List<DocumentVersion> versions) {}

    private final SchoolDocuments documents;
    private final DocumentExports exports;
    private final OrgUnits orgUnits;
    private final Clock clock;

    DocumentApi(SchoolDocuments documents, DocumentExports exports, OrgUnits orgUnits, Clock clock) {
        this.documents = documents;
        this.exports = exports;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Документы школ в области видимости за год")
    List<Line> list(
            @Parameter(description = "Год; по умолчанию текущий") @RequestParam(required = false) @Nullable
                    Integer year,
            Scope scope) {
        int y = year != null ? year : LocalDate.now(clock).getYear();
        var docs = documents.inScope(scope, y);
        var names = new java.util.HashMap<UUID, String>();
        orgUnits.byIds(docs.stream().map(Document::schoolId).distinct().toList())
                .forEach(s -> names.put(s.id(), s.name()));
        return docs.stream().map(d -> line(d, names.get(d.schoolId()))).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Документ: содержание, история состояний и версии")
    Whole one(@PathVariable UUID id, Scope scope, Authentication who) {
        var d = exports.readable(id, scope, who);
        String school = orgUnits.find(d.schoolId()).map(s -> s.name()).orElse(null);
        return new Whole(line(d, school), d.content(), documents.history(id), documents.versions(id));
    }

    @GetMapping("/{id}/docx")
    @Operation(summary = "Документ в DOCX по официальному образцу")
    void docx(@PathVariable UUID id, Scope scope, Authentication who, Locale locale, HttpServletResponse response)
            throws IOException {
        exports.download(exports.readable(id, scope, who), locale, response);
    }

    private static Line line(Document d, @Nullable String school) {
        return new Line(
                d.id(),
                d.schoolId(),
                school,
                d.year(),
                d.type(),
                d.title(),
                d.periodFrom(),
                d.periodTo(),
                d.status(),
                d.version(),
                d.updatedBy(),
                d.updatedAt());
    }
}
