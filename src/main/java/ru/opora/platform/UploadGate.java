package ru.opora.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What an upload must pass before anything else reads it; runs after the session filter, before
 * Spring Security, whose CSRF check reads a form's fields — for a multipart form, the whole upload.
 *
 * <ul>
 *   <li>A large body from somebody not signed in is refused unread: a 60 MB POST without a session
 *       was stored to disk before its 403 (issue #15, I4). Signed-in users (a session with a
 *       security context) and API callers (an Authorization header, checked later) pass; the
 *       sign-in form itself is tiny.
 *   <li>A multipart form the server cannot take apart because a file name holds a NUL byte is the
 *       sender's mistake, answered 400, not an incident (issue #15, I3).
 *   <li>So is a NUL byte in any field or query parameter: PostgreSQL refuses it in text, and a
 *       search for «a%00b» ended as an incident (issue #16's fuzz of the filters).
 * </ul>
 */
final class UploadGate extends OncePerRequestFilter {

    private static final java.util.Locale RUSSIAN = java.util.Locale.forLanguageTag("ru");

    private final org.springframework.context.MessageSource messages;

    UploadGate(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    /** More than any sign-in form; less than any file worth uploading. */
    static final long LIMIT = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (large(request) && !identified(request)) {
            // closing the connection keeps Tomcat from reading the rest (beyond server.tomcat.max-swallow-size)
            response.setHeader("Connection", "close");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "upload.refused.signIn");
            return;
        }
        if (multipart(request) && !partsReadable(request)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "upload.refused.fileName");
            return;
        }
        if (holdsNul(request)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "request.refused.nul");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Answers without the error page: its dispatch would parse the same multipart body again and fail
     * the same way. Said in Russian only, as before sign-in there is no chosen language.
     */
    private void refuse(HttpServletResponse response, int status, String key) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(messages.getMessage(key, null, RUSSIAN));
    }

    private static boolean holdsNul(HttpServletRequest request) {
        for (String[] values : request.getParameterMap().values())
            for (String v : values) if (v != null && v.indexOf('\0') >= 0) return true;
        return false;
    }

    private static boolean multipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    /** False for a file name the upload parser refuses; other failures (size) go on to their own page. */
    private static boolean partsReadable(HttpServletRequest request) throws IOException {
        try {
            request.getParts();
            return true;
        } catch (ServletException | IllegalStateException e) {
            for (Throwable t = e; t != null; t = t.getCause())
                if (t.getClass().getSimpleName().equals("InvalidFileNameException")) return false;
            return true;
        }
    }

    private static boolean large(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        return length > LIMIT || (length < 0 && request.getHeader("Transfer-Encoding") != null);
    }

    private static boolean identified(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) return true;
        var session = request.getSession(false);
        return session != null && session.getAttribute("SPRING_SECURITY_CONTEXT") != null;
    }
}
