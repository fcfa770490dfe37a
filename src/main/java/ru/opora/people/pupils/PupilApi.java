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

    /** A school's confirmed pupils by category, its declined suggestions and its routes in counts. */
    record SchoolCounts(
            UUID schoolId,
            String school,
            java.util.Map<String, Integer> confirmed,
            int declined,
            RouteReads.Progress routes) {}

    /** A route in a list: by code; {@code name} is null unless the caller may see the school's names. */
    record RouteLine(
            UUID id,
            String code,
            @Nullable String name,
            String classLabel,
            String subject,
            int year,
            String state,
            RouteReads.@Nullable Measure latest) {}

    record SchoolRoutes(UUID schoolId, String school, RouteReads.Progress progress, List<RouteLine> routes) {}

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
    private final RoutePages routes;
    private final ru.opora.shared.jobs.ImportLauncher launcher;

    PupilApi(PupilPages pages, RoutePages routes, ru.opora.shared.jobs.ImportLauncher launcher) {
        this.pages = pages;
        this.routes = routes;
        this.launcher = launcher;
    }

    @GetMapping("/api/v1/pupils/schools/{id}/routes")
    @Operation(summary = "Индивидуальные образовательные маршруты школы: по коду, с последним повторным измерением")
    SchoolRoutes routes(@PathVariable UUID id, Scope scope, Authentication who) {
        var page = routes.school(id, scope, who);
        boolean names = RoutePages.has(who, ru.opora.identity.Permission.PUPIL_NAMES);
        return new SchoolRoutes(
                page.school().id(),
                page.school().name(),
                page.progress(),
                page.routes().stream()
                        .map(l -> new RouteLine(
                                l.id(),
                                l.code(),
                                names ? page.names().get(l.code()) : null,
                                l.classLabel(),
                                l.subjectName(),
                                l.year(),
                                l.state(),
                                l.latest()))
                        .toList());
    }

    @GetMapping("/api/v1/pupils/schools/{id}/routes/{route}")
    @Operation(summary = "Маршрут целиком: дефициты, цели, мероприятия, контрольные точки, итог и повторные измерения")
    RouteReads.Route route(@PathVariable UUID id, @PathVariable UUID route, Scope scope, Authentication who) {
        return routes.route(id, route, scope, who).route();
    }

    @GetMapping("/api/v1/pupils/mine")
    @Operation(summary = "Маршруты учеников классов учителя по классам")
    java.util.Map<String, List<RouteReads.Line>> mine(Scope scope, Authentication who) {
        return routes.mine(scope, who).byClass();
    }

    @org.springframework.web.bind.annotation.PostMapping(
            path = "/api/v1/pupils/imports/{what}",
            consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Файл посещаемости (attendance) или кодов участников следующего года (code-map), всё или ничего;"
                    + " выше уровня школы файл со столбцом ФИО не принимается")
    org.springframework.http.ResponseEntity<ru.opora.shared.jobs.ImportLauncher.Started> load(
            @PathVariable String what,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            Scope scope,
            java.security.Principal who,
            java.util.Locale locale) {
        if (!PupilFiles.KINDS.contains(what)) throw new ru.opora.shared.NotFound();
        var launch = new ru.opora.shared.jobs.ImportLauncher.Launch(
                what, who.getName(), scope.regionId(), file, PupilController.MAX_BYTES, locale);
        return launcher.startWith(launch, (upload, progress) -> {
            var report = pages.files().load(what, upload, scope, who.getName());
            return new ru.opora.shared.jobs.BackgroundJobs.Result(report.ok(), launcher.view(report, locale));
        });
    }

    @GetMapping("/api/v1/pupils")
    @Operation(summary = "Обучающиеся группы риска по школам области видимости: только числа")
    List<SchoolCounts> overview(Scope scope) {
        var page = pages.overview(scope);
        return page.schools().stream()
                .map(s -> {
                    var confirmed = new java.util.LinkedHashMap<String, Integer>();
                    for (var c : page.categories()) confirmed.put(c.name(), s.byCategory()[c.ordinal()]);
                    return new SchoolCounts(s.school().id(), s.school().name(), confirmed, s.declined(), s.routes());
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
