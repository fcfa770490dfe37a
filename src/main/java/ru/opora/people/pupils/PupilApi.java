package ru.opora.people.pupils;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;

/** Pupils at risk through the API: counts in scope; a school's list by code, with names only for PUPIL_NAMES. */
@RestController
@Tag(name = "Обучающиеся группы риска")
class PupilApi {

    /** A school's confirmed pupils by category and its declined suggestions. */
    record SchoolCounts(UUID schoolId, String school, java.util.Map<String, Integer> confirmed, int declined) {}

    /** A decided pupil by code; {@code name} is null unless the caller may see the school's names. */
    record PupilLine(
            String code,
            String classLabel,
            String category,
            String basis,
            String state,
            String reason,
            @Nullable String name) {}

    record SchoolList(
            UUID schoolId,
            String school,
            int year,
            List<AtRiskSuggestions.Suggestion> suggested,
            List<PupilLine> decided) {}

    private final PupilPages pages;

    PupilApi(PupilPages pages) {
        this.pages = pages;
    }

    @GetMapping("/api/v1/pupils")
    @Operation(summary = "Обучающиеся группы риска по школам области видимости: только числа")
    List<SchoolCounts> overview(Scope scope) {
        var page = pages.overview(scope);
        return page.schools().stream()
                .map(s -> {
                    var confirmed = new java.util.LinkedHashMap<String, Integer>();
                    for (var c : page.categories()) confirmed.put(c.name(), s.byCategory()[c.ordinal()]);
                    return new SchoolCounts(s.school().id(), s.school().name(), confirmed, s.declined());
                })
                .toList();
    }

    @GetMapping("/api/v1/pupils/schools/{id}")
    @Operation(summary = "Предложенные и решённые обучающиеся группы риска школы: по коду участника и классу")
    SchoolList school(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer year,
            Scope scope,
            Authentication who) {
        var page = pages.school(id, year, scope, who);
        return new SchoolList(
                page.school().id(),
                page.school().name(),
                page.year(),
                page.suggested(),
                page.decided().stream()
                        .map(e -> new PupilLine(
                                e.code(),
                                e.classLabel(),
                                e.category().name(),
                                e.basis(),
                                e.state().name(),
                                e.reason(),
                                page.names() ? e.name() : null))
                        .toList());
    }
}
