package ru.opora.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API takes no CSRF token (no cookie signs it in), but a browser that once sent Basic
 * credentials to Opora resends them by itself, so a page on another site could post a file to the
 * API in the user's name (issue #15, L2). A change asked for by a browser on behalf of another site
 * — an {@code Origin} of another host, or {@code Sec-Fetch-Site: cross-site} — is refused with 403 and
 * the reason; services (curl, scripts, other systems) send neither header and are not affected.
 */
final class CrossSiteApiGuard extends OncePerRequestFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (CHANGES.contains(request.getMethod()) && crossSite(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(
                            "{\"status\":403,\"title\":\"Forbidden\",\"detail\":\"Запрос к API со страницы другого сайта"
                                    + " отклонён: изменения через API принимаются только от сервисов, не от браузера по чужой ссылке.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equals(fetchSite) || "same-site".equals(fetchSite)) return true;
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) return false;
        try {
            var o = URI.create(origin.strip());
            String host = request.getServerName();
            return o.getHost() == null || !o.getHost().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true; // "null" or garbage: a sandboxed or forged origin
        }
    }
}
