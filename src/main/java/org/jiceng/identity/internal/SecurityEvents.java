package org.jiceng.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Writes Spring Security's events and {@link org.jiceng.AccessRefused} to the audit log. Why plain
 * {@code @EventListener}s: these events are published outside any transaction (by Spring Security's filters and the
 * exception handlers, after the refused request's transaction rolled back), where an after-commit
 * {@code @ApplicationModuleListener} would never run; and {@code AccessRefused} needs the refused request's
 * thread, whose security context names who tried.
 */
@Component
class SecurityEvents {

    private final AuditLog audit;

    SecurityEvents(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof Account account) {
            audit.record(account.user(), "LOGIN", "登录成功");
        }
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        audit.recordAnonymous(event.getAuthentication().getName(), "LOGIN_FAILED", "登录失败："
                + event.getException().getClass().getSimpleName());
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof Account account) {
            audit.record(account.user(), "LOGOUT", "退出登录");
        }
    }

    /** A module refused a signed-in user (role or territorial scope): who tried what. */
    @EventListener
    void refused(org.jiceng.AccessRefused event) {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Account account) {
            audit.record(account.user(), "ACCESS_DENIED", event.method() + " " + event.path() + "：" + event.reason());
        }
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication != null && authentication.getPrincipal() instanceof Account account) {
            audit.record(account.user(), "ACCESS_DENIED", "访问被拒绝");
        }
    }
}
