package ru.opora.support.curators;

import java.nio.charset.StandardCharsets;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import ru.opora.orgunits.Scope;

/** The region admin's editor of a curator's profile (see {@link CuratorProfilePages}). */
@Controller
class CuratorProfileController {

    private final CuratorProfilePages pages;

    CuratorProfileController(CuratorProfilePages pages) {
        this.pages = pages;
    }

    @GetMapping("/support/curators")
    String open(@RequestParam String username) {
        return "redirect:/support/curators/" + UriUtils.encodePathSegment(username.strip(), StandardCharsets.UTF_8);
    }

    @GetMapping("/support/curators/{username}")
    String form(@PathVariable String username, Scope scope, Model model) {
        model.addAttribute("page", pages.form(username, scope));
        return "support/curator";
    }

    @PostMapping("/support/curators/{username}")
    String save(
            @PathVariable String username,
            @RequestParam MultiValueMap<String, String> form,
            Scope scope,
            Authentication who,
            Model model) {
        var refused = pages.save(username, form, scope, who.getName());
        if (refused == null) return "redirect:/support#curators";
        model.addAttribute("page", refused);
        return "support/curator";
    }
}
