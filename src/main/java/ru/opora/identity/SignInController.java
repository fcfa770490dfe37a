package ru.opora.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; a signed-in user who opens it goes to the start page. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn(Authentication authentication) {
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) return "redirect:/";
        return "identity/login";
    }
}
