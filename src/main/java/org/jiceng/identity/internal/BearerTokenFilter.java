package org.jiceng.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} authenticates one request, creating no session. A present but
 * unknown or expired token is refused at once rather than silently treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final RequestAttributeSecurityContextRepository REQUEST_ONLY =
            new RequestAttributeSecurityContextRepository();

    private final ApiTokens tokens;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader("Authorization").substring(7).trim();
        var user = tokens.resolve(token);
        if (user.isEmpty()) {
            problems.write(request, response, 401, "访问令牌无效或已过期，请重新获取");
            return;
        }
        Account account = new Account(user.get().user(), null, true, user.get().mustChangePassword());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(account, null,
                account.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        // held for this request only: the session management filter then sees an authentication it need not
        // register, and opens no session for a bearer call
        REQUEST_ONLY.saveContext(context, request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
