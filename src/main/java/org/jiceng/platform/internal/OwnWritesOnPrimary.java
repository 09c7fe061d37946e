package org.jiceng.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Read-your-own-writes: for a while after someone's request that may have written (any method but GET, HEAD,
 * OPTIONS), their requests read everything from the primary, replica reads included, so a report, ranking or
 * search shown right after their change shows it. Remembered in the session (shared by the nodes when sessions
 * are) and, for callers without one (API tokens), per user on this node. Runs after the security filters, which
 * name the user.
 */
class OwnWritesOnPrimary extends OncePerRequestFilter {

    static final String WROTE_AT = OwnWritesOnPrimary.class.getName() + ".wroteAt";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final int REMEMBERED = 10_000;

    private final boolean replica;
    private final long window;
    private final Map<String, Long> lastWrites = new ConcurrentHashMap<>();

    OwnWritesOnPrimary(boolean replica, Duration window) {
        this.replica = replica;
        this.window = window.toMillis();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!replica) {
            chain.doFilter(request, response);
            return;
        }
        boolean before = ReplicaRouting.pin(System.currentTimeMillis() - lastWrite(request) < window);
        try {
            chain.doFilter(request, response);
        } finally {
            ReplicaRouting.pin(before);
            if (!SAFE.contains(request.getMethod())) {
                remember(request, System.currentTimeMillis());
            }
        }
    }

    private long lastWrite(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(WROTE_AT) instanceof Long at) {
            return at;
        }
        Principal user = request.getUserPrincipal();
        return user == null ? 0 : lastWrites.getOrDefault(user.getName(), 0L);
    }

    private void remember(HttpServletRequest request, long at) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.setAttribute(WROTE_AT, at);
            } catch (IllegalStateException invalidated) {
                // signed out by this very request: nothing to remember
            }
        }
        Principal user = request.getUserPrincipal();
        if (user != null) {
            if (lastWrites.size() >= REMEMBERED) {
                lastWrites.values().removeIf(t -> at - t >= window);
            }
            lastWrites.put(user.getName(), at);
        }
    }
}
