package ru.opora.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public pages answer anyone, so each address gets {@code opora.public.rate-per-minute}
 * requests a minute (120) and then 429 until the minute turns: a school's site may link or embed
 * the page, a crawler may not take the server down. Counted per node, in memory.
 */
final class PublicRateLimit extends OncePerRequestFilter {

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long minute = -1;

    PublicRateLimit(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis() / 60_000;
        if (now != minute) {
            counts.clear();
            minute = now;
        }
        int seen = counts.computeIfAbsent(request.getRemoteAddr(), k -> new AtomicInteger())
                .incrementAndGet();
        if (seen > perMinute) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write("Слишком много запросов: попробуйте через минуту.");
            return;
        }
        chain.doFilter(request, response);
    }
}
