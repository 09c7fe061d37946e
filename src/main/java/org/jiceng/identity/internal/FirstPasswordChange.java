package org.jiceng.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In production, an account whose password someone else chose (an administrator, an import, a reset) does
 * nothing before its owner has chosen their own: pages go to {@code /me/password}, the API answers 403
 * problem+json saying so. Demo mode's accounts share a published password on purpose and are exempt.
 */
class FirstPasswordChange extends OncePerRequestFilter {

    static final String PAGE = "/me/password";
    private static final Set<String> ALLOWED = Set.of(PAGE, "/api/v1/me/password", "/api/v1/me", "/logout",
            "/login", "/error", "/favicon.ico");

    private final boolean enforced;
    private final ProblemResponses problems;

    FirstPasswordChange(boolean enforced, ProblemResponses problems) {
        this.enforced = enforced;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!enforced || authentication == null || !(authentication.getPrincipal() instanceof Account account)
                || !account.mustChangePassword() || ALLOWED.contains(path) || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/webjars/") || path.startsWith("/img/")) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/") || path.startsWith("/open311/")) {
            problems.write(request, response, 403, "请先修改初始密码（POST /api/v1/me/password），再进行其他操作");
        } else {
            response.sendRedirect(request.getContextPath() + PAGE);
        }
    }

    /** After the owner chose a password: the session's account no longer has to change it. */
    static void changed(HttpServletRequest request, HttpServletResponse response) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Account account
                && account.mustChangePassword() && request.getSession(false) != null) {
            Account changed = new Account(account.user(), null, true, false);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null,
                    changed.getAuthorities()));
            SecurityContextHolder.setContext(context);
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        }
    }
}
