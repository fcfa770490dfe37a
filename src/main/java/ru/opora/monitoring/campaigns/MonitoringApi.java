package ru.opora.monitoring.campaigns;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.Scope;

/** The monitoring campaigns and their values through the API, in the caller's scope. */
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "Мониторинг")
class MonitoringApi {

    /** A campaign with its counts of values in the caller's scope. */
    record CampaignLine(
            UUID id,
            int cohortYear,
            Campaign.Kind kind,
            Campaign.Status status,
            LocalDate opensOn,
            LocalDate dueOn,
            int schools,
            int entered,
            int confirmed,
            int rejected) {}

    /** One value of a school. */
    record ValueLine(
            String indicator,
            String name,
            double value,
            boolean computed,
            CampaignValues.Status status,
            @Nullable String evidenceUrl,
            @Nullable String comment) {}

    /** A school of the campaign with its values. */
    record SchoolValues(UUID schoolId, String schoolCode, String schoolName, List<ValueLine> values) {}

    private final CampaignPages pages;
    private final Campaigns campaigns;
    private final ValueImports imports;
    private final ru.opora.shared.jobs.ImportLauncher launcher;

    MonitoringApi(
            CampaignPages pages,
            Campaigns campaigns,
            ValueImports imports,
            ru.opora.shared.jobs.ImportLauncher launcher) {
        this.pages = pages;
        this.campaigns = campaigns;
        this.imports = imports;
        this.launcher = launcher;
    }

    @org.springframework.web.bind.annotation.PostMapping(
            path = "/campaigns/{id}/values",
            consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Значения показателей открытой кампании из файла Excel/CSV (шаблон — на странице кампании);"
                    + " всё или ничего; фоновая задача")
    org.springframework.http.ResponseEntity<ru.opora.shared.jobs.ImportLauncher.Started> load(
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestParam("file")
                    org.springframework.web.multipart.MultipartFile file,
            Scope scope,
            java.security.Principal principal,
            java.util.Locale locale) {
        var c = campaigns.find(id, scope).orElseThrow(ru.opora.shared.NotFound::new);
        if (!c.open())
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.CONFLICT, "the campaign is not open for entry");
        var launch = new ru.opora.shared.jobs.ImportLauncher.Launch(
                "monitoring-values", principal.getName(), scope.regionId(), file, CampaignController.MAX_BYTES, locale);
        return launcher.start(launch, upload -> imports.load(c, upload, scope, principal.getName()));
    }

    @GetMapping("/campaigns")
    @Operation(summary = "Кампании мониторинга региона с числом значений по состояниям в области видимости")
    List<CampaignLine> campaigns(Scope scope) {
        return pages.index(scope, false).campaigns().stream()
                .map(l -> new CampaignLine(
                        l.campaign().id(),
                        l.campaign().cohortYear(),
                        l.campaign().kind(),
                        l.campaign().status(),
                        l.campaign().opensOn(),
                        l.campaign().dueOn(),
                        l.schools(),
                        l.entered(),
                        l.confirmed(),
                        l.rejected()))
                .toList();
    }

    @GetMapping("/campaigns/{id}/values")
    @Operation(summary = "Значения показателей кампании по школам области видимости")
    List<SchoolValues> values(@PathVariable UUID id, Scope scope) {
        var page = pages.campaign(id, scope);
        var result = new ArrayList<SchoolValues>();
        for (var row : page.rows()) {
            var lines = new ArrayList<ValueLine>();
            for (var i : page.campaign().indicators()) {
                var v = row.value(i.code());
                if (v != null)
                    lines.add(new ValueLine(
                            i.code(), i.name(), v.value(), v.computed(), v.status(), v.evidenceUrl(), v.comment()));
            }
            result.add(new SchoolValues(
                    row.school().id(), row.school().code(), row.school().name(), lines));
        }
        return result;
    }
}
