package ru.opora.support.curators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;

/** A school's curator visits: everyone in scope reads them; the curator of an assigned school records them. */
@Controller
class VisitController {

    private final Visits visits;
    private final SupportController.Lookups lookups;
    private final Clock clock;

    VisitController(Visits visits, SupportController.Lookups lookups, Clock clock) {
        this.visits = visits;
        this.lookups = lookups;
        this.clock = clock;
    }

    /** The visit form as typed. */
    record VisitForm(
            @Nullable String date,
            @Nullable String format,
            @Nullable String purpose,
            @Nullable String findings,
            @Nullable String recommendations) {}

    @GetMapping("/support/schools/{id}/visits")
    String list(@PathVariable UUID id, Scope scope, Model model) {
        model.addAttribute("school", school(id, scope));
        model.addAttribute("visits", visits.of(id));
        model.addAttribute("attachments", visits.attachments(id));
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        if (!model.containsAttribute("form"))
            model.addAttribute("form", new VisitForm(LocalDate.now(clock).toString(), "ON_SITE", "", "", ""));
        return "support/visits";
    }

    @PostMapping("/support/schools/{id}/visits")
    String record(
            @PathVariable UUID id,
            @ModelAttribute VisitForm form,
            @org.springframework.web.bind.annotation.RequestParam(name = "file", required = false)
                    org.springframework.web.multipart.@Nullable MultipartFile attachment,
            Scope scope,
            Authentication who,
            Model model)
            throws java.io.IOException {
        var school = school(id, scope);
        var problems = new ArrayList<String>();
        boolean hasFile = attachment != null && !attachment.isEmpty();
        if (hasFile) {
            byte[] head;
            try (var in = attachment.getInputStream()) {
                head = in.readNBytes(8);
            }
            String name = attachment.getOriginalFilename() == null ? "" : attachment.getOriginalFilename();
            visits.check(name, attachment.getSize(), head).ifPresent(r -> problems.add(r.code() + "|" + r.argument()));
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(form.date() == null ? "" : form.date().strip());
            if (date.isAfter(LocalDate.now(clock))) problems.add("support.visit.error.future");
        } catch (DateTimeParseException e) {
            problems.add("support.visit.error.date");
        }
        String format = "ONLINE".equals(form.format()) ? "ONLINE" : "ON_SITE";
        if (form.purpose() == null || form.purpose().isBlank()) problems.add("support.visit.error.purpose");
        if (!problems.isEmpty() || date == null) {
            model.addAttribute("problems", problems);
            model.addAttribute("form", form);
            return list(id, scope, model);
        }
        UUID visitId = UUID.randomUUID();
        visits.record(
                school,
                new Visits.Visit(
                        visitId,
                        who.getName(),
                        date,
                        format,
                        form.purpose().strip(),
                        form.findings() == null ? "" : form.findings().strip(),
                        form.recommendations() == null
                                ? ""
                                : form.recommendations().strip()));
        if (hasFile)
            try (var in = attachment.getInputStream()) {
                visits.attach(
                        visitId,
                        String.valueOf(attachment.getOriginalFilename()),
                        attachment.getContentType(),
                        attachment.getSize(),
                        in);
            }
        return "redirect:/support/schools/" + id + "/visits";
    }

    @GetMapping("/support/visits/files/{id}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> file(
            @PathVariable UUID id, Scope scope) {
        var f = visits.file(id)
                .filter(x -> scope.permits(x.schoolPath()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return org.springframework.http.ResponseEntity.ok()
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(f.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM)
                .body(new org.springframework.core.io.InputStreamResource(visits.open(f.storedName())));
    }

    private OrgUnitRef school(UUID id, Scope scope) {
        return lookups.orgUnits()
                .find(id)
                .filter(s -> s.kind() == OrgUnitKind.SCHOOL && scope.permits(s.path()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
