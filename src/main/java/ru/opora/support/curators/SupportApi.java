package ru.opora.support.curators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;

/** Curators' assignments and visits through the API, in the caller's scope. */
@RestController
@RequestMapping("/api/v1/support")
@Tag(name = "Сопровождение")
class SupportApi {

    /** A ШНОР's current curator: who, since when, why. */
    record AssignmentLine(
            UUID schoolId,
            String schoolCode,
            String schoolName,
            String curator,
            @Nullable String curatorName,
            String reason,
            String assignedBy,
            Instant assignedAt) {}

    /** A school's visits with their attachments (names and sizes). */
    record SchoolVisits(
            UUID schoolId, String schoolName, List<Visits.Visit> visits, List<Visits.Attachment> attachments) {}

    private final Assignments assignments;
    private final SupportDirectory directory;
    private final VisitPages visits;
    private final ru.opora.orgunits.OrgUnits orgUnits;

    SupportApi(
            Assignments assignments,
            SupportDirectory directory,
            VisitPages visits,
            ru.opora.orgunits.OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
        this.assignments = assignments;
        this.directory = directory;
        this.visits = visits;
    }

    @GetMapping("/assignments")
    @Operation(summary = "Текущие назначения кураторов ШНОР в области видимости за год когорты")
    List<AssignmentLine> assignments(
            @Parameter(description = "Год когорты; по умолчанию текущий") @RequestParam(required = false) @Nullable
                    Integer year,
            Scope scope) {
        int cohort = directory.year(year);
        var people = scope.isEmpty() ? java.util.Map.<String, String>of() : directory.people(scope.regionId());
        var current = assignments.current(scope, cohort);
        // the schools named at once, not one query per assignment
        var schools = new java.util.HashMap<UUID, ru.opora.orgunits.OrgUnitRef>();
        orgUnits.byIds(current.stream().map(Assignments.Assignment::schoolId).toList())
                .forEach(s -> schools.put(s.id(), s));
        return current.stream()
                .filter(a -> schools.containsKey(a.schoolId()))
                .map(a -> {
                    var school = schools.get(a.schoolId());
                    return new AssignmentLine(
                            a.schoolId(),
                            school.code(),
                            school.name(),
                            a.curator(),
                            people.get(a.curator()),
                            a.reason(),
                            a.assignedBy(),
                            a.assignedAt());
                })
                .toList();
    }

    @GetMapping("/schools/{id}/visits")
    @Operation(summary = "Визиты куратора в школу: дата, формат, цель, выводы, рекомендации, вложения")
    SchoolVisits visits(@PathVariable UUID id, Scope scope) {
        var page = visits.page(id, scope);
        return new SchoolVisits(page.school().id(), page.school().name(), page.visits(), page.attachments());
    }
}
