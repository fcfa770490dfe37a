package ru.opora.monitoring.campaigns;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.opora.identity.Permission;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;
import ru.opora.shared.XlsxTableWriter;

/** The monitoring campaigns: the region opens and moves them, schools enter values, curators review. */
@Controller
class CampaignController {

    private final CampaignPages pages;
    private final Campaigns campaigns;
    private final CampaignValues values;
    private final ValueImports imports;
    private final ValueEvidenceFiles files;
    private final org.springframework.context.MessageSource messages;

    CampaignController(
            CampaignPages pages,
            Campaigns campaigns,
            CampaignValues values,
            ValueImports imports,
            ValueEvidenceFiles files,
            org.springframework.context.MessageSource messages) {
        this.files = files;
        this.pages = pages;
        this.campaigns = campaigns;
        this.values = values;
        this.imports = imports;
        this.messages = messages;
    }

    /** A values file is a few hundred rows: five megabytes are plenty. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    @GetMapping("/monitoring/campaigns/{id}/template")
    void template(@PathVariable UUID id, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var c = campaigns.find(id, scope).orElseThrow(NotFound::new);
        XlsxTableWriter.download(
                response, "monitoring-values.xlsx", imports.template(c, scope, pages.title(c, locale)));
    }

    @PostMapping("/monitoring/campaigns/{id}/import")
    String load(
            @PathVariable UUID id,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            Scope scope,
            Principal who,
            Locale locale,
            Model model) {
        var c = campaigns.find(id, scope).orElseThrow(NotFound::new);
        if (!c.open()) {
            model.addAttribute("problem", "monitoring.value.error.closed");
        } else
            try (var staged = ru.opora.shared.importing.StagedUpload.of(file)) {
                var report = imports.load(c, staged.upload(MAX_BYTES), scope, who.getName());
                model.addAttribute("report", ru.opora.shared.importing.ImportReportView.of(report, messages, locale));
            }
        model.addAttribute("page", pages.campaign(id, scope));
        return "monitoring/campaign";
    }

    @GetMapping("/monitoring")
    String index(Scope scope, Authentication who, Model model) {
        model.addAttribute("page", pages.index(scope, grants(who, Permission.MONITORING_MANAGE)));
        return "monitoring/index";
    }

    /** The new campaign as the form sends it; the dates as typed. */
    record NewCampaign(int cohortYear, Campaign.Kind kind, String opensOn, String dueOn) {}

    @PostMapping("/monitoring/campaigns")
    String create(NewCampaign form, Scope scope, Authentication who, Model model) {
        if (!scope.isRegionWide()) throw new org.springframework.security.access.AccessDeniedException("the region's");
        String problem;
        try {
            var opens = LocalDate.parse(form.opensOn());
            var due = LocalDate.parse(form.dueOn());
            problem = campaigns
                    .problem(scope.region(), form.cohortYear(), opens, due)
                    .orElse(null);
            if (problem == null) {
                UUID id = campaigns.create(scope.region(), form.cohortYear(), form.kind(), opens, due, who.getName());
                return "redirect:/monitoring/campaigns/" + id;
            }
        } catch (DateTimeParseException e) {
            problem = "monitoring.campaign.error.date";
        }
        model.addAttribute("page", pages.index(scope, true));
        model.addAttribute("problem", problem);
        return "monitoring/index";
    }

    @GetMapping("/monitoring/campaigns/{id}")
    String campaign(@PathVariable UUID id, Scope scope, Model model) {
        model.addAttribute("page", pages.campaign(id, scope));
        return "monitoring/campaign";
    }

    @GetMapping("/monitoring/campaigns/{id}/export")
    void export(@PathVariable UUID id, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        XlsxTableWriter.download(response, "monitoring.xlsx", pages.table(id, scope, locale));
    }

    @PostMapping("/monitoring/campaigns/{id}/status")
    String move(@PathVariable UUID id, @RequestParam Campaign.Status status, Scope scope, Principal who) {
        var c = campaigns.find(id, scope).orElseThrow(NotFound::new);
        if (!c.status().next().contains(status))
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.CONFLICT, "not allowed from " + c.status());
        campaigns.move(id, status, scope, who.getName());
        return "redirect:/monitoring/campaigns/" + id;
    }

    @GetMapping("/monitoring/campaigns/{id}/schools/{schoolId}")
    String school(
            @PathVariable UUID id,
            @PathVariable UUID schoolId,
            @RequestParam(required = false) @Nullable String saved,
            Scope scope,
            Model model) {
        model.addAttribute("page", pages.school(id, schoolId, scope));
        if (saved != null) model.addAttribute("saved", true);
        return "monitoring/school";
    }

    @PostMapping("/monitoring/campaigns/{id}/schools/{schoolId}")
    String enter(
            @PathVariable UUID id,
            @PathVariable UUID schoolId,
            jakarta.servlet.http.HttpServletRequest form,
            Scope scope,
            Principal who,
            Model model) {
        var page = pages.school(id, schoolId, scope);
        var c = page.campaign();
        var typed = new LinkedHashMap<String, CampaignValues.Typed>();
        for (var i : c.indicators())
            if (!i.computed())
                typed.put(
                        i.code(),
                        new CampaignValues.Typed(
                                form.getParameter("value_" + i.code()), form.getParameter("evidence_" + i.code())));
        var uploaded = ValueEvidenceFiles.of(
                c,
                form instanceof org.springframework.web.multipart.MultipartHttpServletRequest m
                        ? m.getFileMap()
                        : Map.of());
        var problems = new java.util.ArrayList<CampaignValues.Problem>();
        if (c.open()) {
            problems.addAll(values.problems(c, typed, page.values()));
            problems.addAll(files.problems(c, uploaded, typed));
        } else problems.add(new CampaignValues.Problem("", "monitoring.value.error.closed", ""));
        if (!problems.isEmpty()) {
            model.addAttribute("page", pages.refused(page, problems, typed));
            return "monitoring/school";
        }
        values.enter(c, schoolId, page.school().path(), files.store(uploaded, typed), who.getName());
        return "redirect:/monitoring/campaigns/" + id + "/schools/" + schoolId + "?saved";
    }

    @GetMapping("/monitoring/campaigns/{id}/schools/{schoolId}/evidence/{indicator}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> evidence(
            @PathVariable UUID id, @PathVariable UUID schoolId, @PathVariable String indicator, Scope scope) {
        pages.school(id, schoolId, scope);
        var file = values.evidenceFile(id, schoolId, indicator).orElseThrow(NotFound::new);
        return org.springframework.http.ResponseEntity.ok()
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM)
                .body(new org.springframework.core.io.InputStreamResource(files.open(file.storedName())));
    }

    @PostMapping("/monitoring/campaigns/{id}/schools/{schoolId}/review")
    String review(
            @PathVariable UUID id,
            @PathVariable UUID schoolId,
            CampaignValues.Review review,
            Scope scope,
            Principal who) {
        var page = pages.school(id, schoolId, scope);
        if (!page.campaign().underReview() || review.decision() == CampaignValues.Status.ENTERED)
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.CONFLICT, "not under review");
        values.review(page.campaign(), schoolId, page.school().path(), review, who.getName());
        return "redirect:/monitoring/campaigns/" + id + "/schools/" + schoolId;
    }

    private static boolean grants(Authentication who, Permission p) {
        return who.getAuthorities().stream().anyMatch(a -> p.name().equals(a.getAuthority()));
    }
}
