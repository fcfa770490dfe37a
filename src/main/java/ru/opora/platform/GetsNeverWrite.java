package ru.opora.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The rule that a GET never changes data, held by the database rather than by review: while a
 * GET or HEAD is handled (its controller and its page's drawing), every connection the request
 * takes is read-only, so a write anywhere below fails loudly instead of, say, creating a cohort's
 * data because somebody opened an address with a new year in it (issue #15, M2). Sessions are the
 * exception: Spring Session records the last access on the request's own thread.
 */
final class GetsNeverWrite implements HandlerInterceptor {

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    /** Whether the current thread is handling a GET or HEAD. */
    static boolean reading() {
        return Boolean.TRUE.equals(READING.get());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) READING.set(Boolean.TRUE);
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        READING.remove();
    }
}
