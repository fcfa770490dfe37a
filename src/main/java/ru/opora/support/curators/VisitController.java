package ru.opora.support.curators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.opora.orgunits.Scope;

/** A school's curator visits: everyone in scope reads them; the curator of an assigned school records them. */
@Controller
class VisitController {

    private final VisitPages pages;

    VisitController(VisitPages pages) {
        this.pages = pages;
    }

    @GetMapping("/support/schools/{id}/visits")
    String list(@PathVariable UUID id, Scope scope, Model model) {
        model.addAttribute("page", pages.page(id, scope));
        return "support/visits";
    }

    @PostMapping("/support/schools/{id}/visits")
    String record(
            @PathVariable UUID id,
            @ModelAttribute VisitPages.VisitForm form,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Scope scope,
            Authentication who,
            Model model)
            throws IOException {
        var attachment = file == null || file.isEmpty()
                ? null
                : new VisitPages.Attachment(
                        ru.opora.shared.importing.UploadedName.printable(file.getOriginalFilename()),
                        file.getContentType(),
                        file.getSize(),
                        file);
        var refused = pages.record(id, form, attachment, scope, who.getName());
        if (refused == null) return "redirect:/support/schools/" + id + "/visits";
        model.addAttribute("page", refused);
        return "support/visits";
    }

    @GetMapping("/support/visits/files/{id}")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID id, Scope scope) {
        var f = pages.file(id, scope);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(f.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new InputStreamResource(f.content()));
    }
}
