package ru.opora.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the tests, counts the SQL statements a request marked with {@value #HEADER} prepares on its
 * thread, from after sign-in checks to the rendered page (the session's own reads and writes are
 * outside), and keeps the count under the header's value for the test to read.
 */
@Component
class QueriesPerRequest extends OncePerRequestFilter {

    static final String HEADER = "X-Count-Queries";

    private static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getHeader(HEADER);
        if (id == null) {
            chain.doFilter(request, response);
            return;
        }
        QueryCount.reset();
        try {
            chain.doFilter(request, response);
        } finally {
            COUNTS.put(id, QueryCount.reset());
        }
    }

    /** The count of the request marked {@code id}, waiting a moment for the request's thread to finish. */
    static int of(String id) {
        for (int i = 0; i < 500 && !COUNTS.containsKey(id); i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Integer n = COUNTS.remove(id);
        if (n == null) throw new IllegalStateException("no count for request " + id);
        return n;
    }
}
