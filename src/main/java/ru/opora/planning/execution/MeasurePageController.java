package ru.opora.planning.execution;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.opora.identity.Permission;
import ru.opora.orgunits.Scope;
import ru.opora.planning.documents.DocumentAccess;

/** One measure: its status and actions, its evidence (files and links) and the comments of the school and the curator. */
@Controller
class MeasurePageController {

    private final Measures measures;
    private final Evidence evidence;

    MeasurePageController(Measures measures, Evidence evidence) {
        this.measures = measures;
        this.evidence = evidence;
    }

    @GetMapping("/planning/measures/{id}")
    String page(@PathVariable UUID id, Scope scope, Authentication who, Model model) {
        if (!DocumentAccess.has(who, Permission.PLAN_VIEW)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        var m = measures.inScope(id, scope);
        model.addAttribute("m", m);
        model.addAttribute("evidence", evidence.of(id));
        model.addAttribute("comments", evidence.comments(id));
        model.addAttribute("canAct", DocumentAccess.has(who, Permission.MEASURE_EXECUTE));
        model.addAttribute(
                "canComment",
                DocumentAccess.has(who, Permission.MEASURE_EXECUTE)
                        || DocumentAccess.has(who, Permission.MEASURE_COMMENT));
        return "planning/measure";
    }

    @PostMapping("/planning/measures/{id}/evidence")
    String upload(
            @PathVariable UUID id,
            @RequestParam("file") MultipartFile file,
            Scope scope,
            Authentication who,
            RedirectAttributes redirect)
            throws IOException {
        var m = measures.inScope(id, scope);
        // no control or right-to-left characters: «<RLO>fdp.exe» must not pass for «exe.pdf» (#15, I3)
        String name = ru.opora.shared.importing.UploadedName.printable(file.getOriginalFilename());
        byte[] head;
        try (InputStream in = file.getInputStream()) {
            head = in.readNBytes(8);
        }
        try (InputStream in = file.getInputStream()) {
            evidence.addFile(
                            m,
                            new Evidence.Upload(name, file.getContentType(), file.getSize(), head, in),
                            who.getName())
                    .ifPresentOrElse(
                            r -> redirect.addFlashAttribute("refusal", r),
                            () -> redirect.addFlashAttribute("added", name));
        }
        return "redirect:/planning/measures/" + id;
    }

    @PostMapping("/planning/measures/{id}/links")
    String link(
            @PathVariable UUID id,
            @RequestParam String url,
            Scope scope,
            Authentication who,
            RedirectAttributes redirect) {
        var m = measures.inScope(id, scope);
        evidence.addLink(m, url, who.getName())
                .ifPresentOrElse(
                        r -> redirect.addFlashAttribute("refusal", r), () -> redirect.addFlashAttribute("added", url));
        return "redirect:/planning/measures/" + id;
    }

    @PostMapping("/planning/measures/{id}/comments")
    String comment(@PathVariable UUID id, @RequestParam String text, Scope scope, Authentication who) {
        measures.inScope(id, scope);
        if (!text.isBlank()) evidence.comment(id, text.strip(), who.getName());
        return "redirect:/planning/measures/" + id;
    }

    @GetMapping("/planning/evidence/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, Scope scope, Authentication who) {
        if (!DocumentAccess.has(who, Permission.PLAN_VIEW)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        var item = evidence.find(id)
                .filter(i -> "FILE".equals(i.kind()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        measures.inScope(item.measureId(), scope);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(item.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new InputStreamResource(evidence.open(item)));
    }
}
