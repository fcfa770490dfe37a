package ru.opora.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user who signed in with a one-time password on the password page until they choose their
 * own: every other page redirects there, and the API answers 403 with the reason. Added to both
 * filter chains by the platform.
 */
public final class PasswordChangeGate extends OncePerRequestFilter {

    private static final List<String> OPEN =
            List.of("/account/password", "/logout", "/login", "/css/", "/js/", "/webjars/", "/favicon.ico", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean held = authentication != null
                && authentication.getPrincipal() instanceof SignedInUser user
                && user.mustChangePassword();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!held || OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(
                            "{\"status\":403,\"title\":\"Forbidden\",\"detail\":"
                                    + "\"Пароль выдан на один вход: смените его на странице /account/password и повторите запрос.\"}");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/account/password");
    }
}
